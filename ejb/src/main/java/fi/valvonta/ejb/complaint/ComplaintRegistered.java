package fi.valvonta.ejb.complaint;

/** Event: a complaint was registered (fired in the registration's transaction, observed after commit). */
public record ComplaintRegistered(long complaintId) {
}
