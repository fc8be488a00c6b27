package fi.valvonta.ejb.complaint;

/** The work queues of the case list. */
public enum Inbox {
    /** Open complaints assigned to the caller; for a decision maker also proposals awaiting their decision. */
    MINE,
    /** Open complaints nobody is assigned to. */
    UNASSIGNED,
    /** Complaints the deadline check marked overdue. */
    OVERDUE,
    /** Running deadline within the configured number of working days. */
    DUE_SOON
}
