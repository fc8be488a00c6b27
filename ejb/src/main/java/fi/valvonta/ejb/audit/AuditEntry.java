package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditRecord;

import java.time.Instant;

/** An audit record as shown on a timeline and in the API. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, long entityId,
                         String action, String before, String after) {

    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.id(), r.occurredAt(), r.actor(), r.entityType(), r.entityId(), r.action(),
                r.before(), r.after());
    }
}
