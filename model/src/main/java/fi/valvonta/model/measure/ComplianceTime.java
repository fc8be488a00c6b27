package fi.valvonta.model.measure;

import fi.valvonta.model.platform.FinnishCalendar;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StatutoryDeadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Uhkasakkolaki 1113/1990 6 §: the party is given a reasonable time to comply, counted from service. The
 * minimum in working days is configuration (the statute names no number).
 */
public final class ComplianceTime {

    private ComplianceTime() {
    }

    /** Refuses serving an order whose deadline has passed on the day of service or leaves fewer working days. */
    public static void checkReasonable(LocalDate deadline, LocalDate servedOn, int minWorkingDays) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(servedOn, "servedOn");
        LocalDate last = StatutoryDeadlines.lastDay(deadline);
        if (!last.isAfter(servedOn)) {
            throw new RuleViolationException("measure.order-deadline-passed", "date",
                    "The deadline " + last + " has passed by the day of service " + servedOn
                            + ": the order gives no time to comply (uhkasakkolaki 6 §); correct it by a new decision");
        }
        int left = FinnishCalendar.workingDaysBetween(servedOn, last);
        if (left < minWorkingDays) {
            throw new RuleViolationException("measure.order-deadline-too-close", "date",
                    "The deadline " + last + " leaves " + left + " working days after service on " + servedOn
                            + "; at least " + minWorkingDays + " are a reasonable time to comply (uhkasakkolaki 6 §)");
        }
    }
}
