package vn.cdtt.organization;

/** Which Camunda webapps an official may open. */
public enum AccessLevel {
    /** Tasklist. */
    OFFICIAL,
    /** Tasklist and Cockpit. */
    LEADER,
    /** Tasklist, Cockpit and Admin. */
    ADMIN
}
