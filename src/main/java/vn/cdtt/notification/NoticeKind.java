package vn.cdtt.notification;

/** Why a notice is sent. */
public enum NoticeKind {
    /** A task landed in the recipient's queue. */
    TASK,
    /** The task is due soon. */
    REMINDER,
    /** The task is overdue; sent to the owning unit's supervisor. */
    ESCALATION,
    /** One mail a day listing the notices of an official who chose a digest. */
    DIGEST
}
