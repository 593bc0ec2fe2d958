package vn.cdtt.plan;

public enum IndicatorUnit {
    /** A share of the denominator, 0–100. */
    PERCENT,
    /** A number of things (teams, members, accounts). */
    COUNT
}
