package vn.cdtt.team.flow;

/**
 * The constants of {@code bpmn/team-establishment.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class TeamEstablishmentProcess {

    public static final String KEY = "TeamEstablishmentProcess";

    /** start event "Xã được giao thành lập tổ". */
    public static final String EVENT_ESTABLISHMENT_STARTED = "Event_EstablishmentStarted";
    /** exclusive gateway "Xã đã có Ban Chỉ đạo?". */
    public static final String GATEWAY_STEERING_COMMITTEE_FORMED = "Gateway_SteeringCommitteeFormed";
    /** user task "Thành lập Ban Chỉ đạo cấp xã"; served by {@link SteeringCommitteeListener}. */
    public static final String TASK_FORM_STEERING_COMMITTEE = "Task_FormSteeringCommittee";
    /** exclusive gateway. */
    public static final String GATEWAY_STEERING_MERGE = "Gateway_SteeringMerge";
    /** exclusive gateway. */
    public static final String GATEWAY_NOMINATION_MERGE = "Gateway_NominationMerge";
    /**
     * user task "Đề cử Tổ công nghệ số cộng đồng của xã và các thôn"; served by {@link
     * vn.cdtt.team.flow.NominationCheckListener}.
     */
    public static final String TASK_NOMINATE_TEAMS = "Task_NominateTeams";
    /** user task "Chủ tịch UBND xã ban hành quyết định thành lập tổ". */
    public static final String TASK_ISSUE_FOUNDING_DECISION = "Task_IssueFoundingDecision";
    /** service task "Ghi nhận các tổ đã thành lập"; served by {@link FoundTeamsDelegate}. */
    public static final String TASK_FOUND_TEAMS = "Task_FoundTeams";
    /** end event "Các tổ đã thành lập". */
    public static final String EVENT_TEAMS_FOUNDED = "Event_TeamsFounded";
    /** boundary event "Đề cử không còn hợp lệ". */
    public static final String EVENT_NOMINATION_REFUSED = "Event_NominationRefused";
    /** boundary event "Sắp đến hạn". */
    public static final String EVENT_NOMINATION_REMINDER_DUE = "Event_NominationReminderDue";
    /** service task "Nhắc xã sắp đến hạn"; served by {@link vn.cdtt.campaign.flow.RecordDeadlineEventDelegate}. */
    public static final String TASK_RECORD_REMINDER = "Task_RecordReminder";
    /** end event "Đã nhắc". */
    public static final String EVENT_REMINDER_RECORDED = "Event_ReminderRecorded";
    /** boundary event "Quá hạn". */
    public static final String EVENT_NOMINATION_OVERDUE = "Event_NominationOverdue";
    /**
     * service task "Báo cấp trên: xã chậm thành lập tổ"; served by {@link
     * vn.cdtt.campaign.flow.RecordDeadlineEventDelegate}.
     */
    public static final String TASK_RECORD_ESCALATION = "Task_RecordEscalation";
    /** user task "Đôn đốc xã chậm thành lập tổ". */
    public static final String TASK_FOLLOW_UP_OVERDUE_COMMUNE = "Task_FollowUpOverdueCommune";
    /** end event "Đã đôn đốc". */
    public static final String EVENT_FOLLOWED_UP = "Event_FollowedUp";

    // Process variables
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CHOOSER_NAME = "chooserName";
    public static final String CHOOSER_UNIT_ID = "chooserUnitId";
    public static final String COMMUNE_NAME = "communeName";
    public static final String COMMUNE_OPTIONS = "communeOptions";
    public static final String DEADLINE = "deadline";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String ESCALATION_AT = "escalationAt";
    public static final String ESCALATION_GROUP = "escalationGroup";
    public static final String EXPECTED_VILLAGE_TEAMS_MAX = "expectedVillageTeamsMax";
    public static final String EXPECTED_VILLAGE_TEAMS_MIN = "expectedVillageTeamsMin";
    public static final String FOUNDED_ON = "foundedOn";
    public static final String MEMBERS = "members";
    public static final String PILOT_COMMUNES = "pilotCommunes";
    public static final String REMINDER_AT = "reminderAt";
    public static final String STEERING_COMMITTEE_FORMED = "steeringCommitteeFormed";
    public static final String STEERING_DECISION_NUMBER = "steeringDecisionNumber";
    public static final String STEERING_DUE = "steeringDue";
    public static final String STEERING_FORMED_ON = "steeringFormedOn";
    public static final String STEERING_GROUP = "steeringGroup";
    public static final String STEERING_HEAD = "steeringHead";
    public static final String TEAMS = "teams";
    public static final String TEAMS_DEADLINE = "teamsDeadline";
    public static final String TEAM_OPTIONS = "teamOptions";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String UNIT_ID = "unitId";
    public static final String WAVE = "wave";
    public static final String WAVE_COMMUNE_COUNT = "waveCommuneCount";

    private TeamEstablishmentProcess() {
    }
}
