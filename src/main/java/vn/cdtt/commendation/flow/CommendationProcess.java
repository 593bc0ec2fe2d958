package vn.cdtt.commendation.flow;

/**
 * The constants of {@code bpmn/commendation.bpmn}: its key, the id of every activity, event and
 * gateway (with the Java that serves it), and the process variables that this package's code and the
 * model's expressions read or write.
 * {@code ModelWiringTest} keeps them in step with the model.
 */
public final class CommendationProcess {

    public static final String KEY = "CommendationProcess";

    /** start event "Tổng kết phong trào thi đua". */
    public static final String EVENT_COMMENDATION_STARTED = "Event_CommendationStarted";
    /** service task "Xếp hạng kết quả thi đua"; served by {@link RankResultsDelegate}. */
    public static final String TASK_RANK_RESULTS = "Task_RankResults";
    /**
     * user task "Đề xuất khen thưởng"; served by {@link
     * vn.cdtt.commendation.flow.CommendationProposalCheckListener}.
     */
    public static final String TASK_PROPOSE_COMMENDATIONS = "Task_ProposeCommendations";
    /**
     * user task "Thẩm định hồ sơ khen thưởng"; served by {@link
     * vn.cdtt.commendation.flow.CommendationVettingCheckListener}.
     */
    public static final String TASK_VET_PROPOSALS = "Task_VetProposals";
    /** exclusive gateway "Có hồ sơ được chấp nhận?". */
    public static final String GATEWAY_ANY_ACCEPTED = "Gateway_AnyAccepted";
    /** end event "Không hồ sơ nào được chấp nhận". */
    public static final String EVENT_NONE_ACCEPTED = "Event_NoneAccepted";
    /**
     * user task "Ghi nhận kết quả bỏ phiếu của Hội đồng thi đua – khen thưởng"; served by {@link
     * vn.cdtt.commendation.flow.CouncilVoteCheckListener}.
     */
    public static final String TASK_RECORD_COUNCIL_VOTES = "Task_RecordCouncilVotes";
    /**
     * service task "Áp dụng tỷ lệ phiếu theo kế hoạch"; served by {@link
     * vn.cdtt.commendation.flow.ApplyVoteThresholdsDelegate}.
     */
    public static final String TASK_APPLY_VOTE_THRESHOLDS = "Task_ApplyVoteThresholds";
    /** exclusive gateway "Có đề nghị đạt tỷ lệ phiếu?". */
    public static final String GATEWAY_ANY_PASSED = "Gateway_AnyPassed";
    /** end event "Không đề nghị nào đạt". */
    public static final String EVENT_NONE_PASSED = "Event_NonePassed";
    /**
     * user task "Chủ tịch UBND quyết định khen thưởng"; served by {@link
     * vn.cdtt.commendation.flow.CommendationDecisionCheckListener}.
     */
    public static final String TASK_DECIDE_COMMENDATIONS = "Task_DecideCommendations";
    /** service task "Ghi nhận khen thưởng"; served by {@link RecordAwardsDelegate}. */
    public static final String TASK_RECORD_AWARDS = "Task_RecordAwards";
    /** end event "Đã khen thưởng". */
    public static final String EVENT_COMMENDATIONS_AWARDED = "Event_CommendationsAwarded";

    // Process variables
    public static final String ACCEPTED_COUNT = "acceptedCount";
    public static final String AWARD_KIND_OPTIONS = "awardKindOptions";
    public static final String BALLOTS = "ballots";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String DECIDED_ON = "decidedOn";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String MEMBERS_PRESENT = "membersPresent";
    public static final String PASSED = "passed";
    public static final String PASSED_COUNT = "passedCount";
    public static final String PROPOSALS = "proposals";
    public static final String PROPOSED_COUNT = "proposedCount";
    public static final String RANKED_COUNT = "rankedCount";
    public static final String VETTING = "vetting";

    private CommendationProcess() {
    }
}
