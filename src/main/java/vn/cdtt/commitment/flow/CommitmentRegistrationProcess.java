package vn.cdtt.commitment.flow;

/**
 * The constants of {@code bpmn/commitment-registration.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class CommitmentRegistrationProcess {

    public static final String KEY = "CommitmentRegistrationProcess";

    /** start event "Mở đăng ký giao ước". */
    public static final String EVENT_REGISTRATION_OPENED = "Event_RegistrationOpened";
    /** user task "Đăng ký giao ước thi đua"; served by {@link CommitmentListener}. */
    public static final String TASK_REGISTER_COMMITMENT = "Task_RegisterCommitment";
    /** end event "Đã đăng ký". */
    public static final String EVENT_COMMITMENT_REGISTERED = "Event_CommitmentRegistered";
    /** boundary event "Hết hạn đăng ký". */
    public static final String EVENT_WINDOW_CLOSED = "Event_WindowClosed";
    /**
     * service task "Ghi nhận đơn vị không đăng ký"; served by {@link
     * vn.cdtt.commitment.flow.MarkCommitmentMissedDelegate}.
     */
    public static final String TASK_MARK_COMMITMENT_MISSED = "Task_MarkCommitmentMissed";
    /** end event "Không đăng ký". */
    public static final String EVENT_COMMITMENT_MISSED = "Event_CommitmentMissed";

    // Process variables
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String COMMITMENT = "commitment";
    public static final String COMMITMENT_UNIT_COUNT = "commitmentUnitCount";
    public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";
    public static final String SIGNED_BY = "signedBy";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String UNIT_ID = "unitId";
    public static final String UNIT_NAME = "unitName";

    private CommitmentRegistrationProcess() {
    }
}
