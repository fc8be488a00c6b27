package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditRecord;
import fi.valvonta.model.audit.UseLogEntry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * Appends to the audit trail and the use log. Writes join the caller's transaction, so a change and
 * its audit record are committed or rolled back together.
 */
@Stateless
@PermitAll
public class AuditTrail {

    public static final String SYSTEM_ACTOR = "system";

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /** Records a create or update of a domain object; must run inside the change's own transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordChange(String entityType, long entityId, String action, String before, String after) {
        em.persist(new AuditRecord(clock.instant(), actor(), entityType, entityId, action, before, after));
    }

    /** Records that the caller viewed a record holding personal data (tiedonhallintalaki 17 §). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordView(String entityType, long entityId, String channel) {
        em.persist(new UseLogEntry(clock.instant(), actor(), entityType, entityId, channel));
    }

    public List<AuditEntry> trailOf(String entityType, long entityId) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.entityType = :t AND a.entityId = :id "
                        + "ORDER BY a.occurredAt, a.id", AuditRecord.class)
                .setParameter("t", entityType).setParameter("id", entityId)
                .getResultList().stream().map(AuditEntry::of).toList();
    }

    public List<UseLogView> useLogOf(String entityType, long entityId) {
        return em.createQuery("SELECT u FROM UseLogEntry u WHERE u.entityType = :t AND u.entityId = :id "
                        + "ORDER BY u.occurredAt, u.id", UseLogEntry.class)
                .setParameter("t", entityType).setParameter("id", entityId)
                .getResultList().stream()
                .map(u -> new UseLogView(u.occurredAt(), u.actor(), u.entityType(), u.entityId(), u.channel()))
                .toList();
    }

    public long viewsOf(String entityType, long entityId) {
        return em.createQuery("SELECT COUNT(u) FROM UseLogEntry u WHERE u.entityType = :t AND u.entityId = :id", Long.class)
                .setParameter("t", entityType).setParameter("id", entityId).getSingleResult();
    }

    private String actor() {
        Principal p = context.getCallerPrincipal();
        return p == null || "anonymous".equals(p.getName()) ? SYSTEM_ACTOR : p.getName();
    }
}
