package fi.valvonta.model.intake;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message fetched from the agency's mailbox, waiting to be registered as a complaint (channel
 * EMAIL) or discarded. Its Message-ID is unique: the same message is never imported twice, whatever
 * happens to it in the mailbox afterwards.
 */
@Entity
@Table(name = "incoming_message")
public class IncomingMessage implements Auditable {

    public static final int MESSAGE_ID_LENGTH = 998;
    public static final int SUBJECT_LENGTH = 500;
    public static final int PROBLEM_LENGTH = 500;
    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "incoming_message_seq", sequenceName = "incoming_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_message_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "message_id", nullable = false, length = MESSAGE_ID_LENGTH)
    private String messageId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "sender_address", length = Complainant.EMAIL_LENGTH)
    private String senderAddress;

    @Column(name = "sender_name", length = Complainant.NAME_LENGTH)
    private String senderName;

    @Column(name = "subject", length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", nullable = false, length = Complaint.DESCRIPTION_LENGTH)
    private String body;

    @Column(name = "problem", length = PROBLEM_LENGTH)
    private String problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private IntakeState state;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "discard_reason", length = REASON_LENGTH)
    private String discardReason;

    @Column(name = "handled_by", length = Complaint.USERNAME_LENGTH)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<IncomingAttachment> attachments = new ArrayList<>();

    protected IncomingMessage() {
        // for JPA
    }

    /**
     * A message as read from the mailbox. The body is the complaint's description to be: a body longer
     * than a description may be is cut, and the cut is recorded as a problem for the registrar to see,
     * as is anything else that could not be read ({@code problem}).
     */
    public static IncomingMessage imported(String messageId, Instant importedAt, Instant arrivedAt, String senderAddress,
                                           String senderName, String subject, String body, String problem) {
        IncomingMessage m = new IncomingMessage();
        m.messageId = requireMessageId(messageId);
        m.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        m.arrivedAt = arrivedAt;
        m.senderAddress = cut(blankToNull(senderAddress), Complainant.EMAIL_LENGTH);
        m.senderName = cut(blankToNull(senderName), Complainant.NAME_LENGTH);
        m.subject = cut(blankToNull(subject), SUBJECT_LENGTH);
        String text = body == null ? "" : body.strip();
        String note = blankToNull(problem);
        if (text.length() > Complaint.DESCRIPTION_LENGTH) {
            text = text.substring(0, Complaint.DESCRIPTION_LENGTH);
            note = note == null ? "body-truncated" : note + "; body-truncated";
        }
        m.body = text;
        m.problem = cut(note, PROBLEM_LENGTH);
        m.state = IntakeState.PENDING;
        return m;
    }

    private static String requireMessageId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("an imported message has a Message-ID or a content hash");
        }
        String id = messageId.strip();
        if (id.length() > MESSAGE_ID_LENGTH) {
            throw new IllegalArgumentException("Message-ID longer than " + MESSAGE_ID_LENGTH);
        }
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Adds a file that came with the message. */
    public void attach(String fileName, String contentType, byte[] content) {
        attachments.add(new IncomingAttachment(this, fileName, contentType, content));
    }

    /** The registrar has registered the message as complaint {@code complaintId}. */
    public void registeredAs(long complaintId, String by, Instant at) {
        requirePending();
        this.state = IntakeState.REGISTERED;
        this.complaintId = complaintId;
        handled(by, at);
    }

    /** Set aside as not a complaint, with the reason recorded. */
    public void discard(String reason, String by, Instant at) {
        requirePending();
        String r = blankToNull(reason);
        if (r == null) {
            throw new RuleViolationException("intake.discard-reason-required", "reason",
                    "a discarded message needs a reason");
        }
        if (r.length() > REASON_LENGTH) {
            throw new RuleViolationException("intake.discard-reason-too-long", "reason",
                    "the reason is at most " + REASON_LENGTH + " characters");
        }
        this.state = IntakeState.DISCARDED;
        this.discardReason = r;
        handled(by, at);
    }

    private void requirePending() {
        if (state != IntakeState.PENDING) {
            throw new ConflictException("intake.already-handled", "the message was already " + state);
        }
    }

    private void handled(String by, Instant at) {
        this.handledBy = Objects.requireNonNull(by, "by");
        this.handledAt = Objects.requireNonNull(at, "at");
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.INCOMING_MESSAGE;
    }

    @Override
    public long auditedId() {
        return id;
    }

    @Override
    public String auditSummary() {
        return "message " + id + " " + state + (complaintId == null ? "" : ", complaint " + complaintId)
                + ", " + attachments.size() + " attachment(s)";
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String messageId() {
        return messageId;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Optional<Instant> arrivedAt() {
        return Optional.ofNullable(arrivedAt);
    }

    public Optional<String> senderAddress() {
        return Optional.ofNullable(senderAddress);
    }

    public Optional<String> senderName() {
        return Optional.ofNullable(senderName);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public String body() {
        return body;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public IntakeState state() {
        return state;
    }

    public Optional<Long> complaintId() {
        return Optional.ofNullable(complaintId);
    }

    public Optional<String> discardReason() {
        return Optional.ofNullable(discardReason);
    }

    public Optional<String> handledBy() {
        return Optional.ofNullable(handledBy);
    }

    public Optional<Instant> handledAt() {
        return Optional.ofNullable(handledAt);
    }

    public List<IncomingAttachment> attachments() {
        return List.copyOf(attachments);
    }
}
