package fi.valvonta.model.complaint;

/**
 * Weight of a screening finding: how much it bears on whether the complaint is investigated. Not an
 * inspection finding's severity; stored and serialised by these names.
 */
public enum ScreeningWeight {
    /** Recorded for the file; needs no action. */
    INFO,
    /** The inspector should look at it (e.g. mask an identity number, merge a duplicate). */
    WARNING,
    /** The complaint should not be investigated as such: a not-investigated or transfer decision is proposed. */
    BLOCKING
}
