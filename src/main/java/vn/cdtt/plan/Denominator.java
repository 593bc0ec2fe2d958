package vn.cdtt.plan;

/** What a percentage indicator is a share of. */
public enum Denominator {
    HOUSEHOLDS,
    DOSSIERS,
    WORKING_AGE_PEOPLE,
    VILLAGES,
    NONE
}
