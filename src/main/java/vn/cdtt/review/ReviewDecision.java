package vn.cdtt.review;

/** What leaders decide at a phase review (sơ kết). */
public enum ReviewDecision {
    /** Found teams in more communes and villages: a new wave of team establishment. */
    SCALE_UP,
    /** Keep going as planned. */
    SUSTAIN,
    /** The digital department works out how to catch up. */
    REMEDIATE
}
