package fi.valvonta.model.platform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How every deadline (määräpäivä) of the application is counted, once: a statement or reply, a
 * hearing, an order's compliance deadline, an appeal period.
 */
public final class StatutoryDeadlines {

    private StatutoryDeadlines() {
    }

    /** Laki säädettyjen määräaikain laskemisesta 150/1930 5 §: a last day on a closed day moves to the next working day. */
    public static LocalDate lastDay(LocalDate deadline) {
        return FinnishCalendar.nextWorkingDayIfClosed(Objects.requireNonNull(deadline, "deadline"));
    }

    /** Passed from the day after the (possibly moved) last day; on the last day itself it is still in time. */
    public static boolean hasPassed(LocalDate deadline, LocalDate today) {
        return today.isAfter(lastDay(deadline));
    }

    /**
     * The latest deadline that has passed on {@code today}: a deadline has passed exactly when it is on or
     * before this day ({@link #lastDay} never moves a deadline back, so the passed ones are all before the
     * unpassed ones). For a query on stored deadlines ({@code deadline <= :passed}).
     */
    public static LocalDate latestPassed(LocalDate today) {
        LocalDate d = today.minusDays(1);
        while (!hasPassed(d, today)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Not passed and at most {@code workingDays} working days left (a deadline today is due soon). */
    public static boolean isDueSoon(LocalDate deadline, LocalDate today, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0, was " + workingDays);
        }
        return !hasPassed(deadline, today) && FinnishCalendar.workingDaysBetween(today, lastDay(deadline)) <= workingDays;
    }
}
