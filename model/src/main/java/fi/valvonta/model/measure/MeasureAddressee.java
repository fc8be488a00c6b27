package fi.valvonta.model.measure;

/** Whom a remark is given to (HL 53 c §): the supervised entity or the official responsible. */
public enum MeasureAddressee {
    ENTITY,
    OFFICIAL
}
