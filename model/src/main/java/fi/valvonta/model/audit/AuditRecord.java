package fi.valvonta.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One change to a domain object: who, when (UTC), what, and a before/after summary. Immutable. */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends ChainedLogEntry {

    public static final int SUMMARY_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 48)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "action", nullable = false, length = 48)
    private String action;

    @Column(name = "before_summary", length = SUMMARY_LENGTH)
    private String before;

    @Column(name = "after_summary", length = SUMMARY_LENGTH)
    private String after;

    protected AuditRecord() {
        // for JPA
    }

    public AuditRecord(Instant occurredAt, String actor, String entityType, long entityId, String action,
                       String before, String after) {
        this.occurredAt = HashChain.stored(Objects.requireNonNull(occurredAt));
        this.actor = Objects.requireNonNull(actor);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.action = Objects.requireNonNull(action);
        this.before = clip(before);
        this.after = clip(after);
    }

    private static String clip(String s) {
        return s == null || s.length() <= SUMMARY_LENGTH ? s : s.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String entityType() { return entityType; }
    public long entityId() { return entityId; }
    public String action() { return action; }
    public String before() { return before; }
    public String after() { return after; }

    @Override
    public AuditChain chain() {
        return AuditChain.AUDIT_RECORD;
    }

    @Override
    public List<String> chainContent() {
        return Arrays.asList(HashChain.value(occurredAt), actor, entityType, HashChain.value(entityId), action, before, after);
    }
}
