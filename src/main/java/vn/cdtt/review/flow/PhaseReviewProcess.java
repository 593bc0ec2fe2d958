package vn.cdtt.review.flow;

/**
 * The constants of {@code bpmn/phase-review.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class PhaseReviewProcess {

    public static final String KEY = "PhaseReviewProcess";

    /** start event "Đến kỳ sơ kết". */
    public static final String EVENT_REVIEW_DUE = "Event_ReviewDue";
    /**
     * service task "Tổng hợp và xếp loại kết quả giai đoạn"; served by {@link
     * vn.cdtt.review.flow.RollUpPhaseDelegate}.
     */
    public static final String TASK_ROLL_UP_PHASE = "Task_RollUpPhase";
    /** exclusive gateway "Cấp nào sơ kết?"; asks {@link DistrictReviewers}. */
    public static final String GATEWAY_REVIEW_LEVEL = "Gateway_ReviewLevel";
    /** user task "Sơ kết, đánh giá và xem xét nhân rộng — (district)"; served by {@link DistrictReviewListener}. */
    public static final String TASK_HOLD_DISTRICT_REVIEW = "Task_HoldDistrictReview";
    /** exclusive gateway "Có huyện nhân rộng?"; asks {@link DistrictReviewers}. */
    public static final String GATEWAY_ANY_SCALED_UP = "Gateway_AnyScaledUp";
    /** end event "Các huyện đã sơ kết". */
    public static final String EVENT_DISTRICT_REVIEWS_HELD = "Event_DistrictReviewsHeld";
    /** exclusive gateway. */
    public static final String GATEWAY_WAVE_CHOSEN = "Gateway_WaveChosen";
    /** user task "Lãnh đạo sơ kết giai đoạn và kết luận"; served by {@link PhaseReviewListener}. */
    public static final String TASK_HOLD_PHASE_REVIEW = "Task_HoldPhaseReview";
    /** exclusive gateway "Kết luận?". */
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    /** user task "Chọn xã mở rộng"; served by {@link vn.cdtt.team.flow.PilotChoiceListener}. */
    public static final String TASK_SELECT_SCALE_UP_COMMUNES = "Task_SelectScaleUpCommunes";
    /** service task "Giao các xã mở rộng thành lập tổ"; served by {@link vn.cdtt.team.flow.StartTeamWaveDelegate}. */
    public static final String TASK_START_SCALE_UP_TEAMS = "Task_StartScaleUpTeams";
    /** timer event "Hết hạn thành lập tổ đợt mở rộng". */
    public static final String EVENT_WAVE_DEADLINE_PASSED = "Event_WaveDeadlinePassed";
    /** exclusive gateway "Có tập huấn?"; asks {@link vn.cdtt.campaign.flow.CampaignStages}. */
    public static final String GATEWAY_HAS_WAVE_TRAINING = "Gateway_HasWaveTraining";
    /** call activity "Tập huấn các tổ đợt mở rộng" calling TrainingProcess. */
    public static final String ACTIVITY_TRAIN_WAVE = "Activity_TrainWave";
    /** exclusive gateway. */
    public static final String GATEWAY_WAVE_DONE = "Gateway_WaveDone";
    /** end event "Đợt mở rộng đã giao". */
    public static final String EVENT_SCALED_UP = "Event_ScaledUp";
    /** user task "Xây dựng phương án khắc phục"; served by {@link RemediationListener}. */
    public static final String TASK_PLAN_REMEDIATION = "Task_PlanRemediation";
    /** end event "Đã có phương án khắc phục". */
    public static final String EVENT_REMEDIATION_PLANNED = "Event_RemediationPlanned";
    /** end event "Tiếp tục theo kế hoạch". */
    public static final String EVENT_SUSTAINED = "Event_Sustained";

    // Process variables
    public static final String AREA_NAME = "areaName";
    public static final String AREA_RATING = "areaRating";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CHOOSER_UNIT_ID = "chooserUnitId";
    public static final String COMMUNE_OPTIONS = "communeOptions";
    public static final String DISTRICT_NAME = "districtName";
    public static final String DISTRICT_REPORTS = "districtReports";
    public static final String DISTRICT_UNIT_ID = "districtUnitId";
    public static final String LOWEST_ATTAINMENT = "lowestAttainment";
    public static final String PHASE_CODE = "phaseCode";
    public static final String PHASE_NAME = "phaseName";
    public static final String PILOT_COMMUNES = "pilotCommunes";
    public static final String RECOMMENDATION = "recommendation";
    public static final String REMEDIATION_DOCUMENT = "remediationDocument";
    public static final String REMEDIATION_MEASURES = "remediationMeasures";
    public static final String REPORTS_EXPECTED = "reportsExpected";
    public static final String REPORTS_VERIFIED = "reportsVerified";
    public static final String REVIEW_CONCLUSIONS = "reviewConclusions";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String SCALE_UP_ALLOWED = "scaleUpAllowed";
    public static final String SCALE_UP_RANGE = "scaleUpRange";
    public static final String TEAMS_DEADLINE = "teamsDeadline";
    public static final String WAVE = "wave";

    private PhaseReviewProcess() {
    }
}
