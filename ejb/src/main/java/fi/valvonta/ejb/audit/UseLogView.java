package fi.valvonta.ejb.audit;

import java.time.Instant;

/** One entry of the use log as an auditor reads it. */
public record UseLogView(Instant occurredAt, String actor, String entityType, long entityId, String channel) {
}
