package fi.valvonta.ejb.security;

import fi.valvonta.model.security.Role;
import fi.valvonta.model.security.SecurityEvent;
import fi.valvonta.model.security.SecurityEventKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The security log: failed sign-ins, lockouts, refused access and user administration. Each entry is
 * written in a transaction of its own, so it stays even when the request it is about fails and rolls back.
 * Auditors and administrators read it (newest first).
 */
@Stateless
@PermitAll
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger(SecurityLog.class.getName());
    public static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String client, String detail) {
        em.persist(new SecurityEvent(clock.instant(), kind, username, client, detail));
        LOG.info(() -> "Security event " + kind + " user=" + username + " client=" + client
                + (detail == null ? "" : " " + detail));
    }

    /** The newest entries, optionally of one kind and/or one user name; at most {@code max} (capped). */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<SecurityEventView> recent(SecurityEventKind kind, String username, int max) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM SecurityEvent e WHERE 1 = 1");
        if (kind != null) {
            jpql.append(" AND e.kind = :kind");
        }
        if (username != null && !username.isBlank()) {
            jpql.append(" AND e.username = :username");
        }
        jpql.append(" ORDER BY e.id DESC");
        TypedQuery<SecurityEvent> q = em.createQuery(jpql.toString(), SecurityEvent.class);
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        if (username != null && !username.isBlank()) {
            q.setParameter("username", username.strip());
        }
        return q.setMaxResults(Math.max(1, Math.min(max, MAX_PAGE))).getResultList().stream()
                .map(e -> new SecurityEventView(e.id(), e.occurredAt(), e.kind(), e.username(), e.client(), e.detail()))
                .toList();
    }
}
