package fi.valvonta.model.risk;

import fi.valvonta.model.risk.ComplaintSignal.Substantiation;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A complaint or an order as the risk model needs it, imported (CSV, demo data) until the complaint and
 * measure modules feed the model directly. Immutable.
 */
@Entity
@Table(name = "risk_signal_import")
public class RiskSignal {

    public static final int SOURCE_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "risk_signal_import_seq", sequenceName = "risk_signal_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_signal_import_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private SignalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 24)
    private Dimension dimension;

    /** Arrival of a complaint; issue of an order. */
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "substantiation", length = 24)
    private Substantiation substantiation;

    /** Deadline of an order. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    /** When an order was complied with (closed). */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected RiskSignal() {
        // for JPA
    }

    private RiskSignal(long entityId, SignalKind kind, Dimension dimension, LocalDate occurredOn, String source,
                       Instant importedAt) {
        this.entityId = entityId;
        this.kind = kind;
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.occurredOn = Objects.requireNonNull(occurredOn, "occurredOn");
        if (source == null || source.isBlank() || source.length() > SOURCE_LENGTH) {
            throw new RuleViolationException("risk-signal.source", "source", "a signal names its source");
        }
        this.source = source.trim();
        this.importedAt = Objects.requireNonNull(importedAt);
    }

    public static RiskSignal complaint(long entityId, Dimension dimension, LocalDate arrived, Substantiation s,
                                       String source, Instant importedAt) {
        RiskSignal r = new RiskSignal(entityId, SignalKind.COMPLAINT, dimension, arrived, source, importedAt);
        r.substantiation = Objects.requireNonNull(s, "substantiation");
        return r;
    }

    public static RiskSignal order(long entityId, Dimension dimension, LocalDate issued, LocalDate due,
                                   LocalDate closed, String source, Instant importedAt) {
        RiskSignal r = new RiskSignal(entityId, SignalKind.ORDER, dimension, issued, source, importedAt);
        r.dueOn = Objects.requireNonNull(due, "dueOn");
        if (due.isBefore(issued) || (closed != null && closed.isBefore(issued))) {
            throw new RuleViolationException("risk-signal.dates", "dueOn", "an order's deadline and closing follow its issue");
        }
        r.closedOn = closed;
        return r;
    }

    /** The complaint as the scorer sees it. */
    public ComplaintSignal toComplaintSignal() {
        return new ComplaintSignal(dimension, occurredOn, substantiation);
    }

    /** Whether the order was issued and not yet complied with on the date. */
    public boolean isOpenOn(LocalDate date) {
        return kind == SignalKind.ORDER && !occurredOn.isAfter(date) && (closedOn == null || closedOn.isAfter(date));
    }

    /** The open order as the scorer sees it on the date: overdue once its deadline has passed. */
    public OrderSignal toOrderSignal(LocalDate asOf) {
        return new OrderSignal(dimension, dueOn.isBefore(asOf));
    }

    public Long id() { return id; }
    public long entityId() { return entityId; }
    public SignalKind kind() { return kind; }
    public Dimension dimension() { return dimension; }
    public LocalDate occurredOn() { return occurredOn; }
    public Substantiation substantiation() { return substantiation; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate closedOn() { return closedOn; }
    public String source() { return source; }
}
