package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditRecord;
import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.UseLogEntry;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainLink;
import fi.valvonta.model.audit.Chained;
import fi.valvonta.model.audit.Disclosure;
import fi.valvonta.model.audit.DisclosureKind;
import fi.valvonta.model.audit.DisclosureLogEntry;
import fi.valvonta.model.audit.HashChain;
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

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * Appends to the audit trail, the use log and the disclosure log, each a hash chain. Writes join the caller's transaction, so a change and
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

    @Inject
    private DisclosureSettings disclosures;

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
     * The order in which chain heads are locked: an append locks its own chain's head and every head before it,
     * in this order. Every transaction so takes head locks in ascending order, whatever chains it appends to
     * and in whichever order, so two transactions cannot deadlock on them; and a change of a register (the
     * audit trail, first) locks its one head only (before, every append locked all three).
     */
    private static final List<String> HEAD_LOCK_ORDER = List.of("audit_record", "use_log", "disclosure_log");

    /** Per chain, the statement that locks its head and those before it, in {@link #HEAD_LOCK_ORDER}. */
    private static final java.util.Map<String, String> HEAD_LOCKS = headLocks();

    private static java.util.Map<String, String> headLocks() {
        java.util.Map<String, String> locks = new java.util.HashMap<>();
        for (int rank = 0; rank < HEAD_LOCK_ORDER.size(); rank++) {
            List<String> names = HEAD_LOCK_ORDER.subList(0, rank + 1);
            StringBuilder order = new StringBuilder("CASE chain_name");
            for (int i = 0; i < names.size(); i++) {
                order.append(" WHEN '").append(names.get(i)).append("' THEN ").append(i);
            }
            locks.put(HEAD_LOCK_ORDER.get(rank), "SELECT chain_name, last_seq, last_hash FROM audit_chain_head WHERE chain_name IN ('"
                    + String.join("', '", names) + "') ORDER BY " + order + " END FOR UPDATE");
        }
        return java.util.Map.copyOf(locks);
    }

    /**
     * Appends to a chain: the heads are locked as {@link #HEAD_LOCK_ORDER} says, the entry is linked to its
     * chain's last row and the head moves on. The locks are held to the commit: appends are chained in commit
     * order, and a rolled back transaction takes its rows and its head move with it.
     */
    private void append(Chained entry) {
        String name = entry.chain().table();
        String lock = HEAD_LOCKS.get(name);
        if (lock == null) {
            throw new IllegalStateException("no lock order for the chain " + name);
        }
        List<?> heads = em.createNativeQuery(lock).getResultList();
        Object[] row = heads.stream().map(Object[].class::cast).filter(r -> name.equals(r[0])).findFirst()
                .orElseThrow(() -> new IllegalStateException("no head row for the chain " + name));
        ChainLink link = HashChain.next(new ChainHead(((Number) row[1]).longValue(), (String) row[2]), entry.chainContent());
        em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE chain_name = ?3")
                .setParameter(1, link.seq()).setParameter(2, link.hash()).setParameter(3, name).executeUpdate();
        entry.seal(link);
        em.persist(entry);
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
