package fi.valvonta.model.shared;

/** The fundamental-rights dimensions of risk-based supervision (seed 004: valvontasuunnitelma). */
public enum Dimension {
    DATA_PROTECTION,
    EQUAL_TREATMENT,
    LANGUAGE_RIGHTS
}
