package fi.valvonta.model.measure;

/**
 * Life of a measure: drafted and presented by an inspector, decided by a decision maker, served on the
 * party, and for measures with a deadline followed up. A decided measure is immutable; a correction is
 * a new measure linked to it.
 */
public enum MeasureState {
    DRAFT,
    PROPOSED,
    DECIDED,
    SERVED,
    COMPLIED,
    NOT_COMPLIED;

    /** Decided, and therefore frozen: texts, deadline and parties no longer change. */
    public boolean isDecided() {
        return this == DECIDED || this == SERVED || this == COMPLIED || this == NOT_COMPLIED;
    }

    public boolean isServed() {
        return this == SERVED || this == COMPLIED || this == NOT_COMPLIED;
    }
}
