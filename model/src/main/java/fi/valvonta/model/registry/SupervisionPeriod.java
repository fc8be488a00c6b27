package fi.valvonta.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The dates between which an entity is under the supervisor's competence; open-ended when {@code until} is empty. */
@Embeddable
public class SupervisionPeriod {

    @Column(name = "supervised_from", nullable = false)
    private LocalDate from;

    @Column(name = "supervised_until")
    private LocalDate until;

    protected SupervisionPeriod() {
        // for JPA
    }

    public SupervisionPeriod(LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("supervision period ends before it starts: " + from + ".." + until);
        }
        this.from = from;
        this.until = until;
    }

    public LocalDate from() {
        return from;
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(until);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupervisionPeriod p && from.equals(p.from) && Objects.equals(until, p.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    @Override
    public String toString() {
        return from + ".." + (until == null ? "" : until);
    }
}
