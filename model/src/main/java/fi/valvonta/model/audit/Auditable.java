package fi.valvonta.model.audit;

/**
 * A record the audit trail speaks of. Its summary is the one style of the trail's before/after
 * columns: a short, personal-data-free line such as {@code "LVV/12/2026 PROPOSED, assignee tarkastaja"}.
 */
public interface Auditable {

    AuditedType auditedType();

    /** The record's id; a record must be persisted (have an id) before it is audited. */
    long auditedId();

    /** One line, no personal data: identity first, then state and what changed. */
    String auditSummary();
}
