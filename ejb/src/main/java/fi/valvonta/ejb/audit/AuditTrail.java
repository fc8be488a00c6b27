package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditRecord;
import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
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

    /**
     * Records a change of {@code subject}: {@code before} is its {@link Auditable#auditSummary()} taken
     * before the change (null for a creation), the after summary is taken now. Must run inside the
     * change's own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordChange(Auditable subject, String action, String before) {
        recordChange(subject.auditedType(), subject.auditedId(), action, before, subject.auditSummary());
    }

    /** Records a change that is not one record's (an import, a batch): {@code id} 0 when there is none. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordChange(AuditedType type, long id, String action, String before, String after) {
        em.persist(new AuditRecord(clock.instant(), actor(), type.storedName(), id, action, before, after));
    }

    /** Records that the caller viewed a record holding personal data (tiedonhallintalaki 17 §). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordView(AuditedType type, long id, AuditChannel channel) {
        em.persist(new UseLogEntry(clock.instant(), actor(), type.storedName(), id, channel.storedName()));
    }

    public List<AuditEntry> trailOf(AuditedType type, long entityId) {
        String entityType = type.storedName();
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.entityType = :t AND a.entityId = :id "
                        + "ORDER BY a.occurredAt, a.id", AuditRecord.class)
                .setParameter("t", entityType).setParameter("id", entityId)
                .getResultList().stream().map(AuditEntry::of).toList();
    }

    public List<UseLogView> useLogOf(AuditedType type, long entityId) {
        String entityType = type.storedName();
        return em.createQuery("SELECT u FROM UseLogEntry u WHERE u.entityType = :t AND u.entityId = :id "
                        + "ORDER BY u.occurredAt, u.id", UseLogEntry.class)
                .setParameter("t", entityType).setParameter("id", entityId)
                .getResultList().stream()
                .map(u -> new UseLogView(u.occurredAt(), u.actor(), u.entityType(), u.entityId(), u.channel()))
                .toList();
    }

    public long viewsOf(AuditedType type, long entityId) {
        String entityType = type.storedName();
        return em.createQuery("SELECT COUNT(u) FROM UseLogEntry u WHERE u.entityType = :t AND u.entityId = :id", Long.class)
                .setParameter("t", entityType).setParameter("id", entityId).getSingleResult();
    }

    private String actor() {
        Principal p = context.getCallerPrincipal();
        return p == null || "anonymous".equals(p.getName()) ? SYSTEM_ACTOR : p.getName();
    }
}
