package fi.valvonta.model.demo;

/**
 * How far a demo measure case has come on its regime's ladder ({@code MeasureLadder}): the last
 * measure's step. {@link #ESCALATED} is the ladder's next rung after an unheeded order: a suspension
 * under laki 1269/2020, the imposition of the conditional fine under laki 380/2023.
 */
public enum LadderStep {
    /** An order drafted, the party asked to be heard (HL 34 §), its deadline passed unanswered. */
    HEARING,
    PROPOSED,
    DECIDED,
    SERVED,
    COMPLIED,
    NOT_COMPLIED,
    ESCALATED,
    /** The served order appealed to the administrative court. */
    APPEALED
}
