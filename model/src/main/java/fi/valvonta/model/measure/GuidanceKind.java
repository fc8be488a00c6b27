package fi.valvonta.model.measure;

/** The two forms of administrative guidance (HL 53 c §). */
public enum GuidanceKind {
    /** Käsitys: the supervisor expresses its view of the lawful course of action. */
    OPINION,
    /** Huomion kiinnittäminen: attention is drawn to good administration. */
    DRAWING_ATTENTION
}
