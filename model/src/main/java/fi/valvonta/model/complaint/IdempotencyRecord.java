package fi.valvonta.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Idempotency-Key a caller registered a complaint with, the hash of that request and the complaint
 * it created: a retry with the same key and body returns the same complaint, never a second one. The key is
 * claimed before the complaint exists ({@link #claim}, pending) and completed with it as the registration commits.
 */
@Entity
@Table(name = "complaint_idempotency")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    public static final int KEY_LENGTH = 128;

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Id
    @Column(name = "idempotency_key", length = KEY_LENGTH)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The node whose request claimed the key (pending claims a node's stop left are dropped as it starts again). */
    @Column(name = "node", length = 64)
    private String node;

    protected IdempotencyRecord() {
        // for JPA
    }

    private IdempotencyRecord(String username, String key, String requestHash, Instant createdAt, String node) {
        this.username = username;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
        this.node = node;
    }

    /** The caller's key claimed on {@code node} for the request with this hash, its complaint still to come. */
    public static IdempotencyRecord claim(String username, String key, String requestHash, Instant claimedAt, String node) {
        return new IdempotencyRecord(username, key, requestHash, claimedAt, node);
    }

    /** The request registered its complaint: a retry returns it from now on. */
    public void complete(long complaint) {
        if (complaintId != null) {
            throw new IllegalStateException("the Idempotency-Key " + key + " already has its complaint " + complaintId);
        }
        this.complaintId = complaint;
    }

    public String requestHash() { return requestHash; }

    /** The complaint registered with the key; empty while its request is still being processed. */
    public Optional<Long> complaintId() { return Optional.ofNullable(complaintId); }

    /** The primary key: one key per caller. */
    public static class Key implements Serializable {
        private String username;
        private String key;

        public Key() {
        }

        public Key(String username, String key) {
            this.username = username;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, key);
        }
    }
}
