package fi.valvonta.model.complaint;

/** To whom a remark (huomautus) is given: the municipality or the official responsible for the conduct. */
public enum RemarkAddressee {
    MUNICIPALITY,
    OFFICIAL
}
