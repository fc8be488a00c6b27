package fi.valvonta.model.search;

/** The kinds of record the search finds. */
public enum SearchHitType {
    /** A complaint (hallintokantelu) of the complaints register. */
    COMPLAINT,
    /** A measure case, with the measures taken on it. */
    MEASURE_CASE,
    /** An inspection, with its findings. */
    INSPECTION
}
