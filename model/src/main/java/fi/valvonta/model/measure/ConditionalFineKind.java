package fi.valvonta.model.measure;

/** Uhkasakkolaki 1113/1990 8 §: a fixed conditional fine, or a running one (a base sum and an instalment per period). */
public enum ConditionalFineKind {
    /** Kiinteä uhkasakko: one sum. */
    FIXED,
    /** Juokseva uhkasakko: a base sum and an instalment for each period the obligation is not met. */
    RUNNING
}
