package fi.valvonta.model.measure;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.StatutoryDeadlines;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Compliance follow-up of a served order: PENDING until the day after its last day to comply, then
 * DUE (with the next step of the ladder proposed), CLOSED once compliance or non-compliance is recorded.
 */
@Entity
@Table(name = "measure_follow_up")
public class FollowUp implements Auditable {

    public enum State { PENDING, DUE, CLOSED }

    @Id
    @SequenceGenerator(name = "measure_follow_up_seq", sequenceName = "measure_follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_follow_up_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, unique = true)
    private Measure measure;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "became_due_at")
    private Instant becameDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_next", length = 24)
    private MeasureType proposedNext;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected FollowUp() {
        // for JPA
    }

    /** The follow-up of a served order: due the day after its (moved) last day to comply. */
    public static FollowUp forServedOrder(Measure order, Instant at) {
        Objects.requireNonNull(order, "order");
        if (order.type() != MeasureType.ORDER || !order.state().isServed() || order.deadline() == null) {
            throw new IllegalArgumentException("a follow-up is created for a served order with a deadline");
        }
        FollowUp f = new FollowUp();
        f.measure = order;
        f.dueOn = StatutoryDeadlines.lastDay(order.deadline()).plusDays(1);
        f.state = State.PENDING;
        f.createdAt = at;
        return f;
    }

    public boolean isDueOn(LocalDate today) {
        return state == State.PENDING && !today.isBefore(dueOn);
    }

    /** The deadline has passed without recorded compliance: the task is due, with the ladder's proposal. */
    public void becomeDue(Optional<MeasureType> proposal, Instant at) {
        if (state != State.PENDING) {
            return;
        }
        this.state = State.DUE;
        this.becameDueAt = at;
        this.proposedNext = proposal.orElse(null);
    }

    public void close(Optional<MeasureType> proposal, Instant at) {
        this.state = State.CLOSED;
        this.closedAt = at;
        this.proposedNext = proposal.orElse(null);
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.FOLLOW_UP;
    }

    @Override
    public long auditedId() {
        return Objects.requireNonNull(id, "a follow-up is audited once persisted");
    }

    /** {@code "order 42 DUE due 2026-06-01, proposed next SUSPENSION"}. */
    @Override
    public String auditSummary() {
        return "order " + measure.id() + " " + state + " due " + dueOn
                + (proposedNext == null ? "" : ", proposed next " + proposedNext);
    }

    public Long id() { return id; }
    public Measure measure() { return measure; }
    public LocalDate dueOn() { return dueOn; }
    public State state() { return state; }
    public Optional<MeasureType> proposedNext() { return Optional.ofNullable(proposedNext); }
}
