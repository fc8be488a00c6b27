package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditRecord;
import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.UseLogEntry;
import fi.valvonta.model.audit.Chained;
import fi.valvonta.model.audit.Disclosure;
import fi.valvonta.model.audit.DisclosureKind;
import fi.valvonta.model.audit.DisclosureLogEntry;
import fi.valvonta.ejb.platform.BenchmarkMode;
import fi.valvonta.ejb.platform.BenchmarkRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * Appends to the audit trail, the use log and the disclosure log, each a hash chain. Writes join the caller's transaction, so a change and
 * its audit record are committed or rolled back together; they are written as the transaction commits.
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

    @Inject
    private DisclosureSettings disclosures;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    private DataSource dataSource;

    @Inject
    private LogIds ids;

    @Inject
    private BenchmarkMode benchmarkMode;

    @Inject
    private BenchmarkRequest benchmark;

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
        if (benchmarkMode.isEnabled() && benchmark.skipsAuditRecord()) {
            return; // the load benchmark's unaudited twin of a write: only in benchmark mode (demo servers)
        }
        append(new AuditRecord(clock.instant(), actor(), type.storedName(), id, action, before, after));
    }

    /** Records that the caller viewed a record holding personal data (tiedonhallintalaki 17 §). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordView(AuditedType type, long id, AuditChannel channel) {
        String actor = actor();
        append(new UseLogEntry(clock.instant(), actor, type.storedName(), id, channel.storedName()));
        if (channel == AuditChannel.API && disclosures.integrationAccounts().contains(actor)) {
            // an integration account is another system: what it reads leaves this one
            recordDisclosure(type, id, DisclosureKind.API_READ, type.storedName() + " " + id, channel,
                    new Disclosure(actor, disclosures.integrationPurpose()));
        }
    }

    /**
     * The recipient and purpose of a disclosure by the caller: those the caller named, or the caller and the
     * configured default purpose.
     */
    public Disclosure disclosureBy(String recipient, String purpose) {
        return Disclosure.of(recipient, purpose, actor(), disclosures.defaultPurpose());
    }

    /**
     * Records that personal data of a record left the system (tiedonhallintalaki 17 §: disclosures are
     * logged with recipient and purpose): {@code document} says what, e.g. the file name.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordDisclosure(AuditedType type, long id, DisclosureKind kind, String document, AuditChannel channel,
                                 Disclosure disclosure) {
        append(new DisclosureLogEntry(clock.instant(), actor(), type, id, channel, kind, document, disclosure));
    }

    /**
     * Appends to a chain when the transaction commits ({@link ChainAppends}): linked in commit order, with the
     * chain's head locked only for the commit, and not at all if the transaction rolls back.
     */
    private void append(Chained entry) {
        ChainAppends.of(transactions, dataSource, ids).add(entry);
    }

    public List<DisclosureView> disclosures(AuditedType type, Long entityId, int max) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM DisclosureLogEntry d");
        if (type != null) {
            jpql.append(" WHERE d.entityType = :t").append(entityId == null ? "" : " AND d.entityId = :id");
        }
        jpql.append(" ORDER BY d.chainSeq DESC");
        var q = em.createQuery(jpql.toString(), DisclosureLogEntry.class).setMaxResults(max);
        if (type != null) {
            q.setParameter("t", type.storedName());
            if (entityId != null) {
                q.setParameter("id", entityId);
            }
        }
        return q.getResultList().stream().map(DisclosureView::of).toList();
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
