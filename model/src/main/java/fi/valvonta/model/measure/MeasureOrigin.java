package fi.valvonta.model.measure;

/** What opened a measure case. */
public enum MeasureOrigin {
    /** A complaint (kantelu); the complaint id and case number are kept as plain references. */
    COMPLAINT,
    /** A finding of an inspection; the finding id is kept as a plain reference. */
    INSPECTION_FINDING,
    /** The supervisor's own initiative (omasta aloitteesta). */
    OWN_INITIATIVE
}
