package fi.valvonta.model.platform;

/**
 * The fundamental-rights dimensions of risk-based supervision (valvontasuunnitelma): data protection,
 * equal treatment and language rights.
 */
public enum Dimension {
    DATA_PROTECTION,
    EQUAL_TREATMENT,
    LANGUAGE_RIGHTS
}
