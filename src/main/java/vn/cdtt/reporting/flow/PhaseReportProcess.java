package vn.cdtt.reporting.flow;

/**
 * The constants of {@code bpmn/phase-report.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class PhaseReportProcess {

    public static final String KEY = "PhaseReportProcess";

    /** start event "Đến kỳ báo cáo". */
    public static final String EVENT_REPORT_REQUESTED = "Event_ReportRequested";
    /** exclusive gateway. */
    public static final String GATEWAY_SUBMISSION_MERGE = "Gateway_SubmissionMerge";
    /** user task "Nộp báo cáo kết quả giai đoạn"; served by {@link PhaseReportCheckListener}. */
    public static final String TASK_SUBMIT_PHASE_REPORT = "Task_SubmitPhaseReport";
    /** user task "Cấp trên kiểm tra báo cáo"; served by {@link VerificationCheckListener}. */
    public static final String TASK_VERIFY_PHASE_REPORT = "Task_VerifyPhaseReport";
    /** exclusive gateway "Chấp nhận?". */
    public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";
    /**
     * service task "Ghi nhận số liệu đã kiểm tra"; served by {@link
     * vn.cdtt.reporting.flow.RecordPhaseReportDelegate}.
     */
    public static final String TASK_RECORD_PHASE_REPORT = "Task_RecordPhaseReport";
    /** end event "Báo cáo đã được chấp nhận". */
    public static final String EVENT_REPORT_VERIFIED = "Event_ReportVerified";
    /** boundary event "Sắp đến hạn". */
    public static final String EVENT_REPORT_REMINDER_DUE = "Event_ReportReminderDue";
    /**
     * service task "Nhắc đơn vị sắp đến hạn báo cáo"; served by {@link
     * vn.cdtt.campaign.flow.RecordDeadlineEventDelegate}.
     */
    public static final String TASK_RECORD_REPORT_REMINDER = "Task_RecordReportReminder";
    /** end event "Đã nhắc". */
    public static final String EVENT_REPORT_REMINDER_RECORDED = "Event_ReportReminderRecorded";
    /** boundary event "Quá hạn". */
    public static final String EVENT_REPORT_OVERDUE = "Event_ReportOverdue";
    /**
     * service task "Báo cấp trên: đơn vị chậm báo cáo"; served by {@link
     * vn.cdtt.campaign.flow.RecordDeadlineEventDelegate}.
     */
    public static final String TASK_RECORD_REPORT_ESCALATION = "Task_RecordReportEscalation";
    /** user task "Đôn đốc đơn vị chậm báo cáo". */
    public static final String TASK_FOLLOW_UP_OVERDUE_REPORT = "Task_FollowUpOverdueReport";
    /** end event "Đã đôn đốc". */
    public static final String EVENT_REPORT_FOLLOWED_UP = "Event_ReportFollowedUp";

    // Process variables
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String DEADLINE = "deadline";
    public static final String ESCALATION_AT = "escalationAt";
    public static final String ESCALATION_GROUP = "escalationGroup";
    public static final String INDICATOR_OPTIONS = "indicatorOptions";
    public static final String PHASE_CODE = "phaseCode";
    public static final String PHASE_ID = "phaseId";
    public static final String PHASE_NAME = "phaseName";
    public static final String PHASE_REPORTS_AFTER = "phaseReportsAfter";
    public static final String PHASE_REPORTS_LEFT = "phaseReportsLeft";
    public static final String PHASE_REPORTS_PASSED = "phaseReportsPassed";
    public static final String PHASE_REPORT_COUNT = "phaseReportCount";
    public static final String REMINDER_AT = "reminderAt";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String UNIT_ID = "unitId";
    public static final String UNIT_NAME = "unitName";
    public static final String VALUES = "values";
    public static final String VERDICT = "verdict";
    public static final String VERIFIER_COMMENTS = "verifierComments";

    private PhaseReportProcess() {
    }
}
