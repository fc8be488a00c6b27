package fi.valvonta.model.intake;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * The private status link of a complaint sent through the public e-service: the hash of its token (never the
 * token), when it was issued (= when the complaint was sent), and how many documents came through it. What it
 * shows is {@link PublicStatus}; how long it works and what it takes, {@link StatusLinkPolicy}.
 */
@Entity
@Table(name = "complaint_status_link")
public class StatusLink implements Auditable {

    @Id
    @SequenceGenerator(name = "complaint_status_link_seq", sequenceName = "complaint_status_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_status_link_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "token_hash", nullable = false, length = StatusToken.HASH_LENGTH)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "documents_added", nullable = false)
    private int documentsAdded;

    protected StatusLink() {
        // for JPA
    }

    private StatusLink(long complaintId, String tokenHash, Instant issuedAt) {
        this.complaintId = complaintId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
    }

    /** The link of complaint {@code complaintId}, sent at {@code at}; only the token's hash is kept. */
    public static StatusLink issue(long complaintId, StatusToken token, Instant at) {
        return new StatusLink(complaintId, Objects.requireNonNull(token, "token").hash(), Objects.requireNonNull(at, "at"));
    }

    /** One more document came through the link, if the policy allows it now. */
    public void addDocument(StatusLinkPolicy policy, Instant now) {
        policy.requireDocumentAllowed(issuedAt, documentsAdded, now);
        documentsAdded++;
    }

    public int documentsRemaining(StatusLinkPolicy policy, Instant now) {
        return policy.documentsRemaining(issuedAt, documentsAdded, now);
    }

    public Long id() { return id; }
    public long complaintId() { return complaintId; }
    public String tokenHash() { return tokenHash; }
    public Instant issuedAt() { return issuedAt; }
    public int documentsAdded() { return documentsAdded; }

    @Override
    public AuditedType auditedType() {
        return AuditedType.COMPLAINT;
    }

    /** The link is audited on its complaint's timeline. */
    @Override
    public long auditedId() {
        return complaintId;
    }

    @Override
    public String auditSummary() {
        return "status link issued " + issuedAt + ", " + documentsAdded + " document(s) through it";
    }
}
