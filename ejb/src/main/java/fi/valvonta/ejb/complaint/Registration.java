package fi.valvonta.ejb.complaint;

/** A registered complaint; {@code replayed} when an Idempotency-Key retry returned an earlier registration. */
public record Registration(ComplaintDetail complaint, boolean replayed) {
}
