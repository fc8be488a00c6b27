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

/** One view of a record holding personal data (tiedonhallintalaki 906/2019 17 §: use log). Immutable. */
@Entity
@Table(name = "use_log")
public class UseLogEntry extends ChainedLogEntry {

    @Id
    @SequenceGenerator(name = "use_log_seq", sequenceName = "use_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "use_log_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 48)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    /** Where the view happened (e.g. "ui", "api"), for the log's reader. */
    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    protected UseLogEntry() {
        // for JPA
    }

    public UseLogEntry(Instant occurredAt, String actor, String entityType, long entityId, String channel) {
        this.occurredAt = HashChain.stored(Objects.requireNonNull(occurredAt));
        this.actor = Objects.requireNonNull(actor);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.channel = Objects.requireNonNull(channel);
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String entityType() { return entityType; }
    public long entityId() { return entityId; }
    public String channel() { return channel; }

    @Override
    public AuditChain chain() {
        return AuditChain.USE_LOG;
    }

    @Override
    public List<String> chainContent() {
        return Arrays.asList(HashChain.value(occurredAt), actor, entityType, HashChain.value(entityId), channel);
    }
}
