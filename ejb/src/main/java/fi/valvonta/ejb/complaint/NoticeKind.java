package fi.valvonta.ejb.complaint;

/**
 * Letters to the complainant when a complaint is disposed of without a decision on its merits:
 * HL 21 §, the matter was transferred; HL 53 b § 1 mom, the complaint is not investigated.
 */
public enum NoticeKind {
    TRANSFER, NOT_INVESTIGATED
}
