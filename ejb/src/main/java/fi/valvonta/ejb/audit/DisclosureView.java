package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.DisclosureLogEntry;

import java.time.Instant;

/** One entry of the disclosure log as an auditor reads it. */
public record DisclosureView(long seq, Instant occurredAt, String actor, String entityType, long entityId,
                             String channel, String kind, String document, String recipient, String purpose) {

    static DisclosureView of(DisclosureLogEntry d) {
        return new DisclosureView(d.chainSeq(), d.occurredAt(), d.actor(), d.entityType(), d.entityId(), d.channel(),
                d.kind(), d.document(), d.recipient(), d.purpose());
    }
}
