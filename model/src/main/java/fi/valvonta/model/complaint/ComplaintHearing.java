package fi.valvonta.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import fi.valvonta.model.platform.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to one concerned by a complaint — the supervised entity or the official named on it — to
 * give a statement (HL 34 §), with its deadline and, once it came, the day it was answered. The rule a
 * remark asks of it is {@link #requireHeard}.
 */
@Embeddable
public class ComplaintHearing {

    public static final String NOT_HEARD = "complaint.remark-without-hearing";

    @Enumerated(EnumType.STRING)
    @Column(name = "heard", nullable = false, length = 16)
    private RemarkAddressee heard;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    protected ComplaintHearing() {
        // for JPA
    }

    ComplaintHearing(RemarkAddressee heard, Instant requestedAt, LocalDate deadline) {
        this.heard = Objects.requireNonNull(heard, "heard");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    void answer(LocalDate on) {
        if (answeredOn == null) {
            answeredOn = on;
        }
    }

    /** Heard: the statement came, or the time to give it has run out (its last day has passed). */
    public boolean isHeardBy(LocalDate today) {
        return answeredOn != null || today.isAfter(deadline);
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    /**
     * HL 34 § 1 mom and HL 53 b § 2 mom: before a remark (huomautus) the one it concerns — the entity or
     * the named official — is given the chance to be heard: a statement was requested from them and
     * given, or its deadline has passed.
     *
     * @throws RuleViolationException {@value #NOT_HEARD} otherwise
     */
    public static void requireHeard(RemarkAddressee addressee, Collection<ComplaintHearing> hearings, LocalDate today) {
        boolean heard = hearings.stream().anyMatch(h -> h.heard == addressee && h.isHeardBy(today));
        if (!heard) {
            throw new RuleViolationException(NOT_HEARD, "remarkAddressee",
                    "a remark to the " + addressee + " needs them heard first (HL 34 §): request a statement and "
                            + "record it, or wait until its deadline has passed");
        }
    }

    public RemarkAddressee heard() { return heard; }
    public Instant requestedAt() { return requestedAt; }
    public LocalDate deadline() { return deadline; }
    public Optional<LocalDate> answeredOn() { return Optional.ofNullable(answeredOn); }
}
