package fi.valvonta.model.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the security log: failed sign-ins, lockouts, refused access, user administration.
 * Never a password. Immutable.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public static final int USERNAME_LENGTH = 64;
    public static final int CLIENT_LENGTH = 64;
    public static final int DETAIL_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private SecurityEventKind kind;

    /** The user name the event is about (as given, also one that does not exist); null if none. */
    @Column(name = "username", length = USERNAME_LENGTH)
    private String username;

    /** The client's address. */
    @Column(name = "client", length = CLIENT_LENGTH)
    private String client;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    public SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String client, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.kind = Objects.requireNonNull(kind);
        this.username = cut(username, USERNAME_LENGTH);
        this.client = cut(client, CLIENT_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public SecurityEventKind kind() { return kind; }
    public String username() { return username; }
    public String client() { return client; }
    public String detail() { return detail; }
}
