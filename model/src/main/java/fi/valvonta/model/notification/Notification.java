package fi.valvonta.model.notification;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.complaint.Complainant;
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
import java.util.Optional;

/**
 * One e-mail the agency sent, or tried to: to whom, about which complaint, when, and whether the mail
 * server accepted it. Written once, when the attempt is over.
 */
@Entity
@Table(name = "notification")
public class Notification implements Auditable {

    public static final int SUBJECT_LENGTH = 300;
    public static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private NotificationKind kind;

    /** The address; personal data, so never in the audit trail. */
    @Column(name = "recipient", nullable = false, length = Complainant.EMAIL_LENGTH)
    private String recipient;

    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "complaint_id")
    private Long complaintId;

    /** The official it went to (a staff notification), or null for one to a complainant. */
    @Column(name = "recipient_user", length = 64)
    private String recipientUser;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "error", length = ERROR_LENGTH)
    private String error;

    protected Notification() {
        // for JPA
    }

    private Notification(NotificationKind kind, String recipient, String subject, Long complaintId, Instant at,
                         DeliveryStatus status, String error) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        this.complaintId = complaintId;
        this.attemptedAt = Objects.requireNonNull(at, "at");
        this.status = status;
        this.error = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    public static Notification sent(NotificationKind kind, String recipient, String subject, Long complaintId, Instant at) {
        return new Notification(kind, recipient, subject, complaintId, at, DeliveryStatus.SENT, null);
    }

    public static Notification failed(NotificationKind kind, String recipient, String subject, Long complaintId,
                                      Instant at, String error) {
        return new Notification(kind, recipient, subject, complaintId, at, DeliveryStatus.FAILED,
                error == null || error.isBlank() ? "unknown error" : error);
    }

    /** A notification to an official (user {@code username}) that the mail server accepted. */
    public static Notification sentToUser(NotificationKind kind, String username, String address, String subject, Instant at) {
        Notification n = new Notification(kind, address, subject, null, at, DeliveryStatus.SENT, null);
        n.recipientUser = Objects.requireNonNull(username, "username");
        return n;
    }

    /** A notification to an official that could not be sent. */
    public static Notification failedToUser(NotificationKind kind, String username, String address, String subject,
                                            Instant at, String error) {
        Notification n = new Notification(kind, address, subject, null, at, DeliveryStatus.FAILED,
                error == null || error.isBlank() ? "unknown error" : error);
        n.recipientUser = Objects.requireNonNull(username, "username");
        return n;
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.NOTIFICATION;
    }

    @Override
    public long auditedId() {
        return id;
    }

    @Override
    public String auditSummary() {
        // the recipient is personal data: the row has it, the trail does not
        return kind + " " + status + (complaintId == null ? "" : ", complaint " + complaintId)
                + (recipientUser == null ? "" : ", to user " + recipientUser);
    }

    public Long id() { return id; }
    public NotificationKind kind() { return kind; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public Optional<Long> complaintId() { return Optional.ofNullable(complaintId); }
    public Optional<String> recipientUser() { return Optional.ofNullable(recipientUser); }
    public Instant attemptedAt() { return attemptedAt; }
    public DeliveryStatus status() { return status; }
    public Optional<String> error() { return Optional.ofNullable(error); }
}
