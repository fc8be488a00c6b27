package fi.valvonta.model.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/** One event of a delivery as the messaging service reported it, and when this system learnt of it. */
@Embeddable
public class DeliveryEvent {

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private DeliveryEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeliveryEvent() {
        // for JPA
    }

    DeliveryEvent(DeliveryEventType type, Instant occurredAt, Instant recordedAt) {
        this.type = Objects.requireNonNull(type, "type");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    boolean isSame(DeliveryEventType otherType, Instant otherTime) {
        return type == otherType && occurredAt.equals(otherTime);
    }

    public DeliveryEventType type() { return type; }
    public Instant occurredAt() { return occurredAt; }
    public Instant recordedAt() { return recordedAt; }
}
