package fi.valvonta.ejb.measure;

/** The work queues of the measure list ({@code GET /measures?inbox=}); {@code mine} narrows them to the caller's. */
public enum MeasureInbox {
    /**
     * Proposed measures the caller may decide: presented by another official (the presenter does not decide),
     * in a case the caller has not declared themselves disqualified in (HL 27 §). Empty for a caller who is
     * no decision maker.
     */
    AWAITING_MY_DECISION,
    /** Drafts whose hearing (HL 34 §) deadline has passed (laki 150/1930 5 §) without a response recorded. */
    HEARING_OVERDUE,
    /** Decided, not yet served. */
    AWAITING_SERVICE,
    /** Served, not yet final: the appeal period runs or an appeal is pending; a decision the courts set aside is not. */
    AWAITING_FINALITY,
    /** A served order whose compliance follow-up has fallen due. */
    FOLLOW_UP_DUE
}
