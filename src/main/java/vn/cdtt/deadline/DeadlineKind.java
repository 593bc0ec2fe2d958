package vn.cdtt.deadline;

public enum DeadlineKind {
    /** Shortly before a due date, to the unit that owns the work. */
    REMINDER,
    /** After a missed due date, to the unit above. */
    ESCALATION
}
