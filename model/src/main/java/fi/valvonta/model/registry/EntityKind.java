package fi.valvonta.model.registry;

/** The two kinds of supervised entity (valvottava). */
public enum EntityKind {
    /** A pilot municipality (kokeilukunta), supervised under 1269/2020. */
    MUNICIPALITY,
    /** An employment area (työllisyysalue), supervised under 380/2023. */
    EMPLOYMENT_AREA
}
