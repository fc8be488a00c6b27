package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.Objects;

/** Dates of what happened (a request sent, a response received, a decision made) are not in the future. */
public final class MeasureDates {

    public static final String DATE_IN_FUTURE = "measure.date-in-future";

    private MeasureDates() {
    }

    /** @throws RuleViolationException {@value #DATE_IN_FUTURE} on {@code field} when {@code date} is after {@code today} */
    public static void requireNotInFuture(LocalDate date, LocalDate today, String field) {
        Objects.requireNonNull(today, "today");
        if (date != null && date.isAfter(today)) {
            throw new RuleViolationException(DATE_IN_FUTURE, field, field + " cannot be in the future");
        }
    }
}
