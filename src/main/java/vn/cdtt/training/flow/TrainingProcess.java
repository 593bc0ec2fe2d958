package vn.cdtt.training.flow;

/**
 * The constants of {@code bpmn/training.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class TrainingProcess {

    public static final String KEY = "TrainingProcess";

    /** start event "Đến bước tập huấn các tổ". */
    public static final String EVENT_TRAINING_STARTED = "Event_TrainingStarted";
    /**
     * service task "Lập danh sách các tổ chưa được tập huấn"; served by {@link
     * vn.cdtt.training.flow.ListUntrainedTeamsDelegate}.
     */
    public static final String TASK_LIST_UNTRAINED_TEAMS = "Task_ListUntrainedTeams";
    /** exclusive gateway. */
    public static final String GATEWAY_TRAINING_MERGE = "Gateway_TrainingMerge";
    /** exclusive gateway "Còn tổ chưa được tập huấn?". */
    public static final String GATEWAY_UNTRAINED_TEAMS_LEFT = "Gateway_UntrainedTeamsLeft";
    /** end event "Các tổ đã được tập huấn". */
    public static final String EVENT_TEAMS_TRAINED = "Event_TeamsTrained";
    /** user task "Lên lịch buổi tập huấn"; served by {@link TrainingSessionCheckListener}. */
    public static final String TASK_SCHEDULE_TRAINING_SESSION = "Task_ScheduleTrainingSession";
    /** exclusive gateway "Lên lịch hay kết thúc?". */
    public static final String GATEWAY_SCHEDULE_OR_CLOSE = "Gateway_ScheduleOrClose";
    /** end event "Kết thúc tập huấn". */
    public static final String EVENT_TRAINING_CLOSED = "Event_TrainingClosed";
    /**
     * service task "Lưu buổi tập huấn và các tổ được mời"; served by {@link
     * vn.cdtt.training.flow.SaveTrainingSessionDelegate}.
     */
    public static final String TASK_SAVE_TRAINING_SESSION = "Task_SaveTrainingSession";
    /**
     * user task "Ghi nhận điểm danh buổi tập huấn"; served by {@link AttendanceCheckListener}.
     */
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    /**
     * service task "Tính các tổ đã được tập huấn"; served by {@link
     * vn.cdtt.training.flow.CountTrainedTeamsDelegate}.
     */
    public static final String TASK_COUNT_TRAINED_TEAMS = "Task_CountTrainedTeams";

    // Process variables
    public static final String ATTENDANCE = "attendance";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String INVITED_TEAMS = "invitedTeams";
    public static final String MEMBER_OPTIONS = "memberOptions";
    public static final String SESSION_DATE = "sessionDate";
    public static final String SESSION_MODE = "sessionMode";
    public static final String SESSION_PLACE = "sessionPlace";
    public static final String SESSION_PLATFORM = "sessionPlatform";
    public static final String SESSION_TOPICS = "sessionTopics";
    public static final String TRAINING_ACTION = "trainingAction";
    public static final String TRAINING_SESSION_ID = "trainingSessionId";
    public static final String UNTRAINED_TEAM_COUNT = "untrainedTeamCount";
    public static final String UNTRAINED_TEAM_OPTIONS = "untrainedTeamOptions";
    public static final String WAVE = "wave";

    private TrainingProcess() {
    }
}
