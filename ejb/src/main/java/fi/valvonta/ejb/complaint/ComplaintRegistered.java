package fi.valvonta.ejb.complaint;

/**
 * Event: a complaint was registered (fired in the registration's transaction, observed after commit). With
 * {@code receiptOnCommit} false, the one who registered it sends the complainant's receipt itself (the e-service,
 * with the status link).
 */
public record ComplaintRegistered(long complaintId, boolean receiptOnCommit) {
}
