package fi.valvonta.model.measure;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.BusinessId;
import fi.valvonta.model.registry.PostalAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision sent through the national messaging service (Suomi.fi Messages): to whom (the organisation's
 * business ID, and the postal address a printed letter goes to), as which message, and what became of it —
 * in the mailbox, printed and mailed, received (with the date and method of service), or returned. Part of
 * the {@link Measure}: created by {@link Measure#sendElectronically}, moved on by
 * {@link Measure#recordDeliveryEvent}. The events are kept as the service reported them.
 */
@Entity
@Table(name = "electronic_delivery")
public class ElectronicDelivery {

    public static final int EXTERNAL_ID_LENGTH = 64;
    public static final int NOTE_LENGTH = 500;

    /** Where the delivery stands; SENT, IN_MAILBOX and BY_LETTER are still on their way. */
    public enum State {
        SENT, IN_MAILBOX, BY_LETTER, RECEIVED, RETURNED;

        public boolean isOpen() {
            return this == SENT || this == IN_MAILBOX || this == BY_LETTER;
        }
    }

    /** How the message reached the recipient: their mailbox, or a printed letter. */
    public enum Channel { ELECTRONIC, PAPER }

    @Id
    @SequenceGenerator(name = "electronic_delivery_seq", sequenceName = "electronic_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "electronic_delivery_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    /** Our identifier of the message at the service: a resend of the same one is recognised, not sent twice. */
    @Column(name = "external_id", nullable = false, unique = true, length = EXTERNAL_ID_LENGTH)
    private String externalId;

    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "recipient_id", nullable = false, length = BusinessId.LENGTH)
    private String recipientId;

    @Column(name = "recipient_name", nullable = false, length = 120)
    private String recipientName;

    @Embedded
    private PostalAddress postalAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 8)
    private Language language;

    @Column(name = "electronic_verifiable", nullable = false)
    private boolean electronicVerifiable;

    @Column(name = "letter_verifiable", nullable = false)
    private boolean letterVerifiable;

    @Column(name = "sent_by", nullable = false, length = Measure.USERNAME_LENGTH)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 16)
    private Channel channel;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_method", length = 24)
    private ServiceMethod serviceMethod;

    /** Why a receipt shown was not recorded as the measure's service (its rule code), or null. */
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "electronic_delivery_event", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderBy("occurredAt")
    private List<DeliveryEvent> events = new ArrayList<>();

    protected ElectronicDelivery() {
        // for JPA
    }

    ElectronicDelivery(Measure measure, String externalId, BusinessId recipient, String recipientName,
                       PostalAddress postalAddress, Language language, boolean electronicVerifiable,
                       boolean letterVerifiable, String sentBy, Instant at) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.externalId = Objects.requireNonNull(externalId, "externalId");
        this.recipientId = Objects.requireNonNull(recipient, "recipient").value();
        this.recipientName = Objects.requireNonNull(recipientName, "recipientName");
        this.postalAddress = Objects.requireNonNull(postalAddress, "postalAddress");
        this.language = Objects.requireNonNull(language, "language");
        this.electronicVerifiable = electronicVerifiable;
        this.letterVerifiable = letterVerifiable;
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
        this.sentAt = Objects.requireNonNull(at, "at");
        this.state = State.SENT;
    }

    /** The service accepted the message under {@code messageId}. */
    public void acceptedAs(long messageId) {
        this.messageId = messageId;
    }

    /**
     * Records an event as the service reported it and moves the delivery on; false when the same event was
     * recorded before (the feed is read again after an interruption).
     */
    boolean record(DeliveryEventType type, Instant occurredAt, Instant recordedAt) {
        if (events.stream().anyMatch(e -> e.isSame(type, occurredAt))) {
            return false;
        }
        events.add(new DeliveryEvent(type, occurredAt, recordedAt));
        switch (type) {
            case ELECTRONIC_CREATED -> {
                channel = Channel.ELECTRONIC;
                if (state == State.SENT) {
                    state = State.IN_MAILBOX;
                }
            }
            case ELECTRONIC_READ, RECEIPT_CONFIRMED -> channel = channel == null ? Channel.ELECTRONIC : channel;
            case PAPER_CREATED -> {
                channel = Channel.PAPER;
                if (state == State.SENT || state == State.IN_MAILBOX) {
                    state = State.BY_LETTER;
                }
            }
            case POSTI_RECEIPT_CONFIRMED -> channel = Channel.PAPER;
            case POSTI_RETURNED -> {
                channel = Channel.PAPER;
                if (state != State.RECEIVED) {
                    state = State.RETURNED;
                }
            }
        }
        return true;
    }

    /** The receipt shown by an event: the date and method of service ({@link ServiceRules#receiptProvenBy}). */
    void received(ServiceMethod method, LocalDate on) {
        this.serviceMethod = Objects.requireNonNull(method, "method");
        this.receivedOn = Objects.requireNonNull(on, "on");
        this.state = State.RECEIVED;
    }

    /** The receipt could not be recorded as the measure's service: why (a rule code and its reason). */
    void serviceNotRecorded(String why) {
        this.note = why == null || why.length() <= NOTE_LENGTH ? why : why.substring(0, NOTE_LENGTH);
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean isReceived() {
        return state == State.RECEIVED;
    }

    /** {@code "message 777 to 0204819-8 (Raasepori) IN_MAILBOX verifiable, letter verifiable"}. */
    public String summary() {
        return "message " + (messageId == null ? "-" : messageId) + " (" + externalId + ") to " + recipientId
                + " (" + recipientName + ") " + state + (channel == null ? "" : " " + channel)
                + (electronicVerifiable ? ", verifiable" : "") + (letterVerifiable ? ", letter against receipt" : ", ordinary letter")
                + (receivedOn == null ? "" : ", received " + receivedOn + " (" + serviceMethod + ")")
                + (note == null ? "" : ", not recorded as service: " + note);
    }

    public Long id() { return id; }
    public Measure measure() { return measure; }
    public String externalId() { return externalId; }
    public Optional<Long> messageId() { return Optional.ofNullable(messageId); }
    public String recipientId() { return recipientId; }
    public String recipientName() { return recipientName; }
    public PostalAddress postalAddress() { return postalAddress; }
    public Language language() { return language; }
    public boolean electronicVerifiable() { return electronicVerifiable; }
    public boolean letterVerifiable() { return letterVerifiable; }
    public String sentBy() { return sentBy; }
    public Instant sentAt() { return sentAt; }
    public State state() { return state; }
    public Optional<Channel> channel() { return Optional.ofNullable(channel); }
    public Optional<LocalDate> receivedOn() { return Optional.ofNullable(receivedOn); }
    public Optional<ServiceMethod> serviceMethod() { return Optional.ofNullable(serviceMethod); }
    public Optional<String> note() { return Optional.ofNullable(note); }
    public List<DeliveryEvent> events() { return List.copyOf(events); }
}
