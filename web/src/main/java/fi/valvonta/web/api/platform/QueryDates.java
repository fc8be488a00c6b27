package fi.valvonta.web.api.platform;

import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates in query parameters; a malformed one is a 422 on that parameter. */
public final class QueryDates {

    private QueryDates() {
    }

    public static LocalDate parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("query.date", parameter, parameter + " must be a date yyyy-mm-dd");
        }
    }
}
