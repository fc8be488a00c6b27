package fi.valvonta.ejb.security;

import fi.valvonta.model.security.SecurityEventKind;

import java.time.Instant;

/** One entry of the security log as an auditor reads it. */
public record SecurityEventView(long id, Instant occurredAt, SecurityEventKind kind, String username, String client,
                                String detail) {
}
