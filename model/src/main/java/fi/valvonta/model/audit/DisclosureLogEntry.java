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

/**
 * One disclosure of personal data out of the system (tiedonhallintalaki 906/2019 17 §): when, by whom,
 * of which record, what ({@code document}), to whom and why. Immutable.
 */
@Entity
@Table(name = "disclosure_log")
public class DisclosureLogEntry extends ChainedLogEntry {

    public static final int DOCUMENT_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "disclosure_log_seq", sequenceName = "disclosure_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_log_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 48)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    @Column(name = "kind", nullable = false, length = 24)
    private String kind;

    @Column(name = "document", nullable = false, length = DOCUMENT_LENGTH)
    private String document;

    @Column(name = "recipient", nullable = false, length = Disclosure.RECIPIENT_LENGTH)
    private String recipient;

    @Column(name = "purpose", nullable = false, length = Disclosure.PURPOSE_LENGTH)
    private String purpose;

    protected DisclosureLogEntry() {
        // for JPA
    }

    public DisclosureLogEntry(Instant occurredAt, String actor, AuditedType type, long entityId, AuditChannel channel,
                              DisclosureKind kind, String document, Disclosure disclosure) {
        this.occurredAt = HashChain.stored(Objects.requireNonNull(occurredAt));
        this.actor = Objects.requireNonNull(actor);
        this.entityType = type.storedName();
        this.entityId = entityId;
        this.channel = channel.storedName();
        this.kind = kind.name();
        String d = Objects.requireNonNull(document).strip();
        this.document = d.length() <= DOCUMENT_LENGTH ? d : d.substring(0, DOCUMENT_LENGTH - 1) + "…";
        this.recipient = disclosure.recipient();
        this.purpose = disclosure.purpose();
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String entityType() { return entityType; }
    public long entityId() { return entityId; }
    public String channel() { return channel; }
    public String kind() { return kind; }
    public String document() { return document; }
    public String recipient() { return recipient; }
    public String purpose() { return purpose; }

    @Override
    public AuditChain chain() {
        return AuditChain.DISCLOSURE_LOG;
    }

    @Override
    public List<String> chainContent() {
        return Arrays.asList(HashChain.value(occurredAt), actor, entityType, HashChain.value(entityId), channel, kind,
                document, recipient, purpose);
    }
}
