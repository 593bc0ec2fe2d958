package vn.cdtt.campaign.flow;

/**
 * The constants of {@code bpmn/campaign-lifecycle.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class CampaignLifecycleProcess {

    public static final String KEY = "CampaignLifecycleProcess";

    /** start event "Yêu cầu mở phong trào". */
    public static final String EVENT_CAMPAIGN_REQUESTED = "Event_CampaignRequested";
    /** service task "Mở phong trào theo kế hoạch"; served by {@link OpenCampaignDelegate}. */
    public static final String TASK_OPEN_CAMPAIGN = "Task_OpenCampaign";
    /** parallel gateway. */
    public static final String GATEWAY_DRAFTS_SPLIT = "Gateway_DraftsSplit";
    /** user task "Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng". */
    public static final String TASK_DRAFT_ESTABLISHMENT_DECISION = "Task_DraftEstablishmentDecision";
    /** user task "Dự thảo kế hoạch tuyên truyền và thi đua". */
    public static final String TASK_DRAFT_EMULATION_PLAN = "Task_DraftEmulationPlan";
    /** user task "Đề xuất hỗ trợ nhân lực CNTT cho huyện, xã". */
    public static final String TASK_PROPOSE_IT_STAFFING = "Task_ProposeItStaffing";
    /** user task "Kế hoạch triển khai thanh toán không dùng tiền mặt". */
    public static final String TASK_PLAN_CASHLESS_PAYMENTS = "Task_PlanCashlessPayments";
    /** parallel gateway. */
    public static final String GATEWAY_DRAFTS_JOIN = "Gateway_DraftsJoin";
    /** exclusive gateway. */
    public static final String GATEWAY_APPROVAL_MERGE = "Gateway_ApprovalMerge";
    /**
     * user task "Lãnh đạo duyệt dự thảo và ban hành quyết định"; served by {@link
     * vn.cdtt.campaign.flow.ApprovalCheckListener}.
     */
    public static final String TASK_APPROVE_PLANS = "Task_ApprovePlans";
    /** exclusive gateway "Lãnh đạo duyệt?". */
    public static final String GATEWAY_PLANS_APPROVED = "Gateway_PlansApproved";
    /** user task "Chỉnh sửa dự thảo theo ý kiến lãnh đạo". */
    public static final String TASK_REVISE_DRAFTS = "Task_ReviseDrafts";
    /** exclusive gateway "Cách chọn thí điểm?". */
    public static final String GATEWAY_PILOT_RULE = "Gateway_PilotRule";
    /** user task "Chọn xã thí điểm"; served by {@link vn.cdtt.team.flow.PilotChoiceListener}. */
    public static final String TASK_SELECT_PILOT_COMMUNES = "Task_SelectPilotCommunes";
    /** exclusive gateway. */
    public static final String GATEWAY_PILOT_MERGE = "Gateway_PilotMerge";
    /** service task "Giao các xã thí điểm thành lập tổ"; served by {@link vn.cdtt.team.flow.StartTeamWaveDelegate}. */
    public static final String TASK_START_PILOT_TEAMS = "Task_StartPilotTeams";
    /** timer catch event "Hết hạn thành lập tổ thí điểm". */
    public static final String EVENT_PILOT_DEADLINE_PASSED = "Event_PilotDeadlinePassed";
    /** call activity "Tập huấn các tổ"; calls {@code TrainingProcess}. */
    public static final String ACTIVITY_TRAIN_TEAMS = "Activity_TrainTeams";
    /** user task "Phát động phong trào thi đua"; served by {@link LaunchDriveListener}. */
    public static final String TASK_LAUNCH_DRIVE = "Task_LaunchDrive";
    /**
     * service task "Mở đăng ký giao ước thi đua cho các đơn vị"; served by {@link
     * vn.cdtt.commitment.flow.OpenCommitmentRegistrationDelegate}.
     */
    public static final String TASK_OPEN_COMMITMENT_REGISTRATION = "Task_OpenCommitmentRegistration";
    /** timer catch event "Hết hạn đăng ký giao ước". */
    public static final String EVENT_REGISTRATION_CLOSED = "Event_RegistrationClosed";
    /** sub-process "Các giai đoạn của phong trào". */
    public static final String SUB_PROCESS_PHASES = "SubProcess_Phases";
    /** start event "Giai đoạn bắt đầu". */
    public static final String EVENT_PHASE_STARTED = "Event_PhaseStarted";
    /** timer catch event "Kết thúc giai đoạn". */
    public static final String EVENT_PHASE_ENDED = "Event_PhaseEnded";
    /**
     * service task "Yêu cầu các đơn vị báo cáo giai đoạn"; served by {@link
     * vn.cdtt.reporting.flow.StartPhaseReportsDelegate}.
     */
    public static final String TASK_START_PHASE_REPORTS = "Task_StartPhaseReports";
    /** exclusive gateway. */
    public static final String GATEWAY_REPORT_BATCH_MERGE = "Gateway_ReportBatchMerge";
    /** exclusive gateway "Đã yêu cầu hết các đơn vị?". */
    public static final String GATEWAY_ALL_REPORTS_STARTED = "Gateway_AllReportsStarted";
    /** timer catch event "Hết hạn báo cáo và đôn đốc". */
    public static final String EVENT_REPORTS_DUE = "Event_ReportsDue";
    /** call activity "Sơ kết giai đoạn"; calls {@code PhaseReviewProcess}. */
    public static final String ACTIVITY_REVIEW_PHASE = "Activity_ReviewPhase";
    /** end event "Giai đoạn đã sơ kết". */
    public static final String EVENT_PHASE_CLOSED = "Event_PhaseClosed";
    /** user task "Tổng kết phong trào"; served by {@link FinalReviewListener}. */
    public static final String TASK_FINAL_REVIEW = "Task_FinalReview";
    /** call activity "Khen thưởng"; calls {@code CommendationProcess}. */
    public static final String ACTIVITY_COMMEND = "Activity_Commend";
    /** end event "Phong trào kết thúc". */
    public static final String EVENT_DRIVE_CLOSED = "Event_DriveClosed";

    // Process variables
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CEREMONY_ON = "ceremonyOn";
    public static final String CEREMONY_PLACE = "ceremonyPlace";
    public static final String CHOOSER_UNIT_ID = "chooserUnitId";
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_KIND = "deadlineKind";
    public static final String DEADLINE_STEP = "deadlineStep";
    public static final String DECISION = "decision";
    public static final String FINAL_CONCLUSIONS = "finalConclusions";
    public static final String FINAL_REPORT = "finalReport";
    public static final String FINAL_REVIEW_ON = "finalReviewOn";
    public static final String PHASE_CODE = "phaseCode";
    public static final String PHASE_REPORTS_LEFT = "phaseReportsLeft";
    public static final String PILOT_RULE = "pilotRule";
    public static final String PLAN_CODE = "planCode";
    public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";
    public static final String REGISTRATION_CLOSES_ON = "registrationClosesOn";
    public static final String STEP_DUE_APPROVE_PLANS = "stepDue_APPROVE_PLANS";
    public static final String STEP_DUE_DRAFT_EMULATION_PLAN = "stepDue_DRAFT_EMULATION_PLAN";
    public static final String STEP_DUE_DRAFT_ESTABLISHMENT_DECISION = "stepDue_DRAFT_ESTABLISHMENT_DECISION";
    public static final String STEP_DUE_PLAN_CASHLESS_PAYMENTS = "stepDue_PLAN_CASHLESS_PAYMENTS";
    public static final String STEP_DUE_PROPOSE_IT_STAFFING = "stepDue_PROPOSE_IT_STAFFING";
    public static final String STEP_GROUP_APPROVE_PLANS = "stepGroup_APPROVE_PLANS";
    public static final String STEP_GROUP_DRAFT_EMULATION_PLAN = "stepGroup_DRAFT_EMULATION_PLAN";
    public static final String STEP_GROUP_DRAFT_ESTABLISHMENT_DECISION = "stepGroup_DRAFT_ESTABLISHMENT_DECISION";
    public static final String STEP_GROUP_PLAN_CASHLESS_PAYMENTS = "stepGroup_PLAN_CASHLESS_PAYMENTS";
    public static final String STEP_GROUP_PROPOSE_IT_STAFFING = "stepGroup_PROPOSE_IT_STAFFING";
    public static final String TEAMS_DEADLINE = "teamsDeadline";
    public static final String UNIT_ID = "unitId";

    private CampaignLifecycleProcess() {
    }
}
