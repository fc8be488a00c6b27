package fi.valvonta.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An Idempotency-Key a caller registered a complaint with, the hash of that request and the complaint
 * it created: a retry with the same key and body returns the same complaint, never a second one.
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

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    public IdempotencyRecord(String username, String key, String requestHash, long complaintId, Instant createdAt) {
        this.username = username;
        this.key = key;
        this.requestHash = requestHash;
        this.complaintId = complaintId;
        this.createdAt = createdAt;
    }

    public String requestHash() { return requestHash; }
    public long complaintId() { return complaintId; }

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
