package vn.cdtt.plan;

/** The steps of a drive's lifecycle that a plan assigns to a role (and may give a due date). */
public enum PlanStep {
    DRAFT_ESTABLISHMENT_DECISION,
    DRAFT_EMULATION_PLAN,
    PROPOSE_IT_STAFFING,
    PLAN_CASHLESS_PAYMENTS,
    APPROVE_PLANS,
    FORM_STEERING_COMMITTEES,
    SELECT_PILOT,
    ESTABLISH_TEAMS,
    TRAIN_TEAMS,
    LAUNCH_DRIVE,
    SUBMIT_PHASE_REPORT,
    VERIFY_PHASE_REPORT,
    /**
     * Optional: each sector department reports its sector's results for every period, to the compiler (Cần Thơ's
     * departments to the Sở TT&TT by 15/6, 15/9 and 15/12); its role is the sector departments'.
     */
    SUBMIT_SECTOR_REPORT,
    /**
     * Optional: who compiles each period's verified reports into one report for the plan's People's Committee
     * (Cần Thơ's Sở TT&TT for the city, Phú Ninh's culture office for the district).
     */
    COMPILE_PHASE_REPORT,
    HOLD_PHASE_REVIEW,
    /** Optional: who plans remediation after a review (first-format plans: the TRAIN_TEAMS role). */
    PLAN_REMEDIATION,
    FINAL_REVIEW,
    VET_COMMENDATIONS,
    DECIDE_COMMENDATIONS
}
