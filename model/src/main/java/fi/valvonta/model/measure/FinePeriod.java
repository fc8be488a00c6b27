package fi.valvonta.model.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The period of a running conditional fine's instalment (uhkasakkolaki 1113/1990 8 §). */
public enum FinePeriod {
    WEEK,
    MONTH;

    /** Whole periods from {@code from} (exclusive) to {@code to} (inclusive); 0 if {@code to} is not after {@code from}. */
    public long wholePeriodsBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return switch (this) {
            case WEEK -> ChronoUnit.WEEKS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(from, to);
        };
    }
}
