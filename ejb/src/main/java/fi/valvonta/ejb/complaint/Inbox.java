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
    DUE_SOON,
    /** A statement (HL 34 §) or the complainant's reply was asked and its deadline has passed without it. */
    STATEMENT_OVERDUE,
    /**
     * Proposals awaiting a decision that the caller may make: presented by another official (the presenter
     * does not decide), in a case the caller has not declared themselves disqualified in (HL 27 §).
     * Empty for a caller who is no decision maker.
     */
    AWAITING_MY_DECISION
}
