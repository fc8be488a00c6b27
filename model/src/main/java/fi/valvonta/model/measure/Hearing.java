package fi.valvonta.model.measure;

import fi.valvonta.model.platform.StatutoryDeadlines;
import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A hearing request (kuuleminen, HL 34 §) sent to the party before a measure is decided.
 *
 * @param respondedOn date the response arrived, null while none has
 */
public record Hearing(LocalDate requestedOn, LocalDate deadline, LocalDate respondedOn) {

    public Hearing {
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(deadline, "deadline");
        if (!deadline.isAfter(requestedOn)) {
            throw new RuleViolationException("measure.hearing-deadline-not-after-request", "deadline",
                    "The hearing deadline must be after the date of the request");
        }
        if (respondedOn != null && respondedOn.isBefore(requestedOn)) {
            throw new RuleViolationException("measure.hearing-response-before-request", "respondedOn",
                    "A response cannot arrive before the hearing was requested");
        }
    }

    public static Hearing requested(LocalDate requestedOn, LocalDate deadline) {
        return new Hearing(requestedOn, deadline, null);
    }

    public Hearing withResponseOn(LocalDate date) {
        return new Hearing(requestedOn, deadline, date);
    }

    public Optional<LocalDate> response() {
        return Optional.ofNullable(respondedOn);
    }

    /** The last day to respond, moved off a closed day (laki 150/1930 5 §). */
    public LocalDate lastDayToRespond() {
        return StatutoryDeadlines.lastDay(deadline);
    }

    /** The party has had its say: a response arrived by today, or the deadline has passed. */
    public boolean isConcludedOn(LocalDate today) {
        return (respondedOn != null && !respondedOn.isAfter(today)) || StatutoryDeadlines.hasPassed(deadline, today);
    }
}
