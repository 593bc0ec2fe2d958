package vn.cdtt.campaign.flow;

/**
 * The constants of {@code bpmn/campaign-lifecycle.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write. The gateways named "Có ...?" ask {@link CampaignStages} whether the plan has
 * the stage.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class CampaignLifecycleProcess {

    public static final String KEY = "CampaignLifecycleProcess";

    /** start event "Yêu cầu mở phong trào". */
    public static final String EVENT_CAMPAIGN_REQUESTED = "Event_CampaignRequested";
    /** service task "Mở phong trào theo kế hoạch"; served by {@link OpenCampaignDelegate}. */
    public static final String TASK_OPEN_CAMPAIGN = "Task_OpenCampaign";
    /** parallel gateway. */
    public static final String GATEWAY_STAGES_SPLIT = "Gateway_StagesSplit";
    /** exclusive gateway "Có nhiệm vụ chuẩn bị?". */
    public static final String GATEWAY_HAS_ASSIGNMENTS = "Gateway_HasAssignments";
    /** sub-process "Các nhiệm vụ chuẩn bị". */
    public static final String SUB_PROCESS_ASSIGNMENTS = "SubProcess_Assignments";
    /** start event "Nhiệm vụ được giao". */
    public static final String EVENT_ASSIGNMENT_STARTED = "Event_AssignmentStarted";
    /** timer event "Đến ngày giao nhiệm vụ". */
    public static final String EVENT_ASSIGNMENT_OPENS = "Event_AssignmentOpens";
    /** exclusive gateway "Từng đơn vị tự thực hiện?". */
    public static final String GATEWAY_ASSIGNMENT_OWNERS = "Gateway_AssignmentOwners";
    /**
     * user task, one per owner of an assignment each owner does for itself;
     * served by {@link vn.cdtt.campaign.flow.OwnAssignmentListener}.
     */
    public static final String TASK_COMPLETE_OWN_ASSIGNMENT = "Task_CompleteOwnAssignment";
    /** end event "Các đơn vị đã nộp". */
    public static final String EVENT_OWN_ASSIGNMENTS_DONE = "Event_OwnAssignmentsDone";
    /** user task named by the plan's assignment (variable {@code assignmentName}). */
    public static final String TASK_COMPLETE_ASSIGNMENT = "Task_CompleteAssignment";
    /** service task "Lưu sản phẩm của nhiệm vụ"; served by {@link RecordDeliverableDelegate}. */
    public static final String TASK_RECORD_DELIVERABLE = "Task_RecordDeliverable";
    /** end event "Đã nộp". */
    public static final String EVENT_ASSIGNMENT_DONE = "Event_AssignmentDone";
    /** exclusive gateway "Lãnh đạo duyệt?". */
    public static final String GATEWAY_HAS_APPROVAL = "Gateway_HasApproval";
    /** exclusive gateway. */
    public static final String GATEWAY_APPROVAL_MERGE = "Gateway_ApprovalMerge";
    /** user task "Lãnh đạo duyệt các sản phẩm nhiệm vụ chuẩn bị"; served by {@link ApprovalCheckListener}. */
    public static final String TASK_APPROVE_PLANS = "Task_ApprovePlans";
    /** service task "Ghi ý kiến của lãnh đạo"; served by {@link RecordApprovalDelegate}. */
    public static final String TASK_RECORD_APPROVAL = "Task_RecordApproval";
    /** exclusive gateway "Lãnh đạo duyệt?". */
    public static final String GATEWAY_PLANS_APPROVED = "Gateway_PlansApproved";
    /** sub-process "Chỉnh sửa các sản phẩm bị trả lại", one instance per returned deliverable. */
    public static final String SUB_PROCESS_REVISIONS = "SubProcess_Revisions";
    /** start event "Sản phẩm bị trả lại". */
    public static final String EVENT_REVISION_STARTED = "Event_RevisionStarted";
    /** user task "Chỉnh sửa theo ý kiến lãnh đạo: …" (the assignment's name), for the assignment's owners. */
    public static final String TASK_REVISE_DRAFTS = "Task_ReviseDrafts";
    /** service task "Lưu bản chỉnh sửa"; served by {@link RecordDeliverableDelegate}. */
    public static final String TASK_RECORD_REVISION = "Task_RecordRevision";
    /** end event "Đã nộp lại". */
    public static final String EVENT_REVISION_DONE = "Event_RevisionDone";
    /** exclusive gateway. */
    public static final String GATEWAY_ASSIGNMENTS_DONE = "Gateway_AssignmentsDone";
    /** exclusive gateway "Có thành lập tổ?". */
    public static final String GATEWAY_HAS_FOUNDING = "Gateway_HasFounding";
    /** timer event "Đến ngày giao thành lập tổ". */
    public static final String EVENT_FOUNDING_OPENS = "Event_FoundingOpens";
    /** exclusive gateway "Cách chọn xã?". */
    public static final String GATEWAY_PILOT_RULE = "Gateway_PilotRule";
    /** user task "Chọn xã thí điểm"; served by {@link vn.cdtt.team.flow.PilotChoiceListener}. */
    public static final String TASK_SELECT_PILOT_COMMUNES = "Task_SelectPilotCommunes";
    /** exclusive gateway. */
    public static final String GATEWAY_PILOT_MERGE = "Gateway_PilotMerge";
    /** service task "Giao các xã thành lập tổ"; served by {@link vn.cdtt.team.flow.StartTeamWaveDelegate}. */
    public static final String TASK_START_PILOT_TEAMS = "Task_StartPilotTeams";
    /** timer event "Hết hạn thành lập tổ". */
    public static final String EVENT_PILOT_DEADLINE_PASSED = "Event_PilotDeadlinePassed";
    /** exclusive gateway "Có tập huấn?". */
    public static final String GATEWAY_HAS_TRAINING = "Gateway_HasTraining";
    /** call activity "Tập huấn các tổ" calling TrainingProcess. */
    public static final String ACTIVITY_TRAIN_TEAMS = "Activity_TrainTeams";
    /** exclusive gateway. */
    public static final String GATEWAY_FOUNDING_DONE = "Gateway_FoundingDone";
    /** exclusive gateway "Có phát động?". */
    public static final String GATEWAY_HAS_LAUNCH = "Gateway_HasLaunch";
    /** timer event "Đến ngày chuẩn bị phát động". */
    public static final String EVENT_LAUNCH_OPENS = "Event_LaunchOpens";
    /** user task "Phát động phong trào thi đua"; served by {@link LaunchDriveListener}. */
    public static final String TASK_LAUNCH_DRIVE = "Task_LaunchDrive";
    /** exclusive gateway "Có đăng ký giao ước?". */
    public static final String GATEWAY_HAS_COMMITMENTS = "Gateway_HasCommitments";
    /**
     * service task "Mở đăng ký giao ước thi đua cho các đơn vị";
     * served by {@link vn.cdtt.commitment.flow.OpenCommitmentRegistrationDelegate}.
     */
    public static final String TASK_OPEN_COMMITMENT_REGISTRATION = "Task_OpenCommitmentRegistration";
    /** timer event "Hết hạn đăng ký giao ước". */
    public static final String EVENT_REGISTRATION_CLOSED = "Event_RegistrationClosed";
    /** exclusive gateway. */
    public static final String GATEWAY_LAUNCH_DONE = "Gateway_LaunchDone";
    /** exclusive gateway "Có báo cáo định kỳ?". */
    public static final String GATEWAY_HAS_REPORTING = "Gateway_HasReporting";
    /** sub-process "Các kỳ báo cáo của phong trào". */
    public static final String SUB_PROCESS_PHASES = "SubProcess_Phases";
    /** start event "Kỳ báo cáo bắt đầu". */
    public static final String EVENT_PHASE_STARTED = "Event_PhaseStarted";
    /** timer event "Đến ngày mở báo cáo". */
    public static final String EVENT_PHASE_REPORTS_OPEN = "Event_PhaseReportsOpen";
    /** parallel gateway: the units' reports and the departments' sector reports. */
    public static final String GATEWAY_PHASE_REPORTS_SPLIT = "Gateway_PhaseReportsSplit";
    /** exclusive gateway "Có báo cáo theo ngành?". */
    public static final String GATEWAY_HAS_SECTOR_REPORTS = "Gateway_HasSectorReports";
    /**
     * user task, one per sector department and period;
     * served by {@link vn.cdtt.campaign.flow.SectorReportListener}.
     */
    public static final String TASK_SUBMIT_SECTOR_REPORT = "Task_SubmitSectorReport";
    /** end event "Các ngành đã báo cáo". */
    public static final String EVENT_SECTOR_REPORTS_IN = "Event_SectorReportsIn";
    /** end event "Không có báo cáo theo ngành". */
    public static final String EVENT_NO_SECTOR_REPORTS = "Event_NoSectorReports";
    /** exclusive gateway. */
    public static final String GATEWAY_REPORT_BATCH_MERGE = "Gateway_ReportBatchMerge";
    /**
     * service task "Yêu cầu các đơn vị báo cáo";
     * served by {@link vn.cdtt.reporting.flow.StartPhaseReportsDelegate}.
     */
    public static final String TASK_START_PHASE_REPORTS = "Task_StartPhaseReports";
    /** exclusive gateway "Đã yêu cầu hết các đơn vị?". */
    public static final String GATEWAY_ALL_REPORTS_STARTED = "Gateway_AllReportsStarted";
    /** timer event "Hết hạn báo cáo và đôn đốc". */
    public static final String EVENT_REPORTS_DUE = "Event_ReportsDue";
    /** exclusive gateway "Có tổng hợp báo cáo?". */
    public static final String GATEWAY_HAS_COMPILATION = "Gateway_HasCompilation";
    /**
     * user task "Tổng hợp báo cáo của kỳ";
     * served by {@link vn.cdtt.campaign.flow.PhaseCompilationListener}.
     */
    public static final String TASK_COMPILE_PHASE_REPORT = "Task_CompilePhaseReport";
    /** exclusive gateway. */
    public static final String GATEWAY_COMPILATION_DONE = "Gateway_CompilationDone";
    /** exclusive gateway "Có sơ kết?". */
    public static final String GATEWAY_HAS_REVIEWS = "Gateway_HasReviews";
    /** call activity "Sơ kết giai đoạn" calling PhaseReviewProcess. */
    public static final String ACTIVITY_REVIEW_PHASE = "Activity_ReviewPhase";
    /** exclusive gateway. */
    public static final String GATEWAY_PHASE_DONE = "Gateway_PhaseDone";
    /** end event "Kỳ báo cáo đã xong". */
    public static final String EVENT_PHASE_CLOSED = "Event_PhaseClosed";
    /** exclusive gateway. */
    public static final String GATEWAY_REPORTING_DONE = "Gateway_ReportingDone";
    /** parallel gateway. */
    public static final String GATEWAY_STAGES_JOIN = "Gateway_StagesJoin";
    /** exclusive gateway "Có báo cáo theo yêu cầu?". */
    public static final String GATEWAY_HAS_REQUESTS = "Gateway_HasRequests";
    /** exclusive gateway. */
    public static final String GATEWAY_REQUEST_LOOP = "Gateway_RequestLoop";
    /**
     * user task "Yêu cầu báo cáo đột xuất (theo yêu cầu phát sinh)", the compiler's, always open while requests are
     * taken; served by {@link vn.cdtt.campaign.flow.RequestReportsListener}.
     */
    public static final String TASK_REQUEST_REPORTS = "Task_RequestReports";
    /** boundary timer event "Hết kỳ báo cáo". */
    public static final String EVENT_REQUESTS_CLOSED = "Event_RequestsClosed";
    /**
     * service task "Gửi yêu cầu báo cáo đến các đơn vị";
     * served by {@link vn.cdtt.request.flow.StartReportRequestDelegate}.
     */
    public static final String TASK_OPEN_REPORT_REQUEST = "Task_OpenReportRequest";
    /** exclusive gateway. */
    public static final String GATEWAY_REQUESTS_DONE = "Gateway_RequestsDone";
    /** exclusive gateway "Có tổng kết?". */
    public static final String GATEWAY_HAS_FINAL_REVIEW = "Gateway_HasFinalReview";
    /** timer event "Đến ngày tổng kết". */
    public static final String EVENT_FINAL_REVIEW_OPENS = "Event_FinalReviewOpens";
    /** user task "Tổng kết phong trào"; served by {@link FinalReviewListener}. */
    public static final String TASK_FINAL_REVIEW = "Task_FinalReview";
    /** exclusive gateway. */
    public static final String GATEWAY_FINAL_REVIEW_DONE = "Gateway_FinalReviewDone";
    /** exclusive gateway "Có khen thưởng?". */
    public static final String GATEWAY_HAS_COMMENDATION = "Gateway_HasCommendation";
    /** call activity "Khen thưởng" calling CommendationProcess. */
    public static final String ACTIVITY_COMMEND = "Activity_Commend";
    /** exclusive gateway. */
    public static final String GATEWAY_DRIVE_DONE = "Gateway_DriveDone";
    /** end event "Phong trào kết thúc". */
    public static final String EVENT_DRIVE_CLOSED = "Event_DriveClosed";

    // Process variables
    public static final String ASSIGNMENT_CODE = "assignmentCode";
    public static final String ASSIGNMENT_DELIVERABLE = "assignmentDeliverable";
    public static final String ASSIGNMENT_NAME = "assignmentName";
    /** The key of the owner whose part of the assignment a task is (an agency or unit code). */
    public static final String ASSIGNMENT_OWNER = "assignmentOwner";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CEREMONY_ON = "ceremonyOn";
    public static final String CEREMONY_PLACE = "ceremonyPlace";
    public static final String CHOOSER_UNIT_ID = "chooserUnitId";
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_KIND = "deadlineKind";
    public static final String DEADLINE_STEP = "deadlineStep";
    public static final String COMMENTS = "comments";
    public static final String DECISION = "decision";
    /** The approver's table of every deliverable (Json, an input of the approval task). */
    public static final String DELIVERABLES = "deliverables";
    /** Submitted by an assignment's owner: local to the assignment's (or revision's) instance. */
    public static final String DOCUMENT_REFERENCE = "documentReference";
    public static final String RETURN_NOTE = "returnNote";
    public static final String RETURN_OPTIONS = "returnOptions";
    public static final String RETURNED_ASSIGNMENTS = "returnedAssignments";
    public static final String SUMMARY = "summary";
    public static final String FINAL_CONCLUSIONS = "finalConclusions";
    public static final String FINAL_REPORT = "finalReport";
    public static final String FINAL_REVIEW_ON = "finalReviewOn";
    /** The compiler's answers: local to the period's compiling task. */
    public static final String COMPILATION_REFERENCE = "compilationReference";
    public static final String COMPILATION_SUMMARY = "compilationSummary";
    public static final String COMPILER_NAME = "compilerName";
    /** The department whose sector report a task is (an agency code), and its name. */
    public static final String DEPARTMENT_CODE = "departmentCode";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String MISSING_UNITS = "missingUnits";
    public static final String SECTOR_REPORTS = "sectorReports";
    public static final String PHASE_CODE = "phaseCode";
    public static final String PHASE_NAME = "phaseName";
    public static final String RECIPIENT_NAME = "recipientName";
    /** The request the compiler just made, for the service task that sends it (set by the product, not a form). */
    public static final String REQUEST_ID = "requestId";
    public static final String REQUEST_DUE = "requestDue";
    public static final String REQUEST_OPTIONS = "requestOptions";
    public static final String REQUEST_SUBJECT = "requestSubject";
    public static final String REQUEST_UNITS = "requestUnits";
    public static final String REPORTS_EXPECTED = "reportsExpected";
    public static final String REPORTS_VERIFIED = "reportsVerified";
    public static final String PHASE_REPORTS_LEFT = "phaseReportsLeft";
    public static final String PILOT_RULE = "pilotRule";
    public static final String PLAN_CODE = "planCode";
    public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";
    public static final String REGISTRATION_CLOSES_ON = "registrationClosesOn";
    public static final String TEAMS_DEADLINE = "teamsDeadline";
    public static final String UNIT_ID = "unitId";

    private CampaignLifecycleProcess() {
    }
}
