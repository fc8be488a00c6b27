package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.FinnishCalendar;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StatutoryDeadlines;

import java.time.LocalDate;
import java.util.Objects;

/** Processing-time rules of the complaints register. */
public final class Deadlines {
    // the closed-day rule itself is StatutoryDeadlines', shared with every other deadline

    /** Processing-time target of complaints, in months: the supervisor's practice, not a legal deadline. */
    public static final int PROCESSING_TARGET_MONTHS = 8;

    private Deadlines() {
    }

    /**
     * Due date of a statement or reply requested on {@code requested}: {@code workingDays} agency working
     * days later. Always a working day, so laki 150/1930 5 § never needs to move it.
     */
    public static LocalDate statementDeadline(LocalDate requested, int workingDays) {
        return FinnishCalendar.addWorkingDays(requested, workingDays);
    }

    /**
     * Due date of a statement or reply requested {@code today}: the {@code requested} day if given (after
     * today; laki 150/1930 5 §: a closed day moves to the next working day), else {@code workingDays}
     * agency working days later.
     */
    public static LocalDate responseDeadline(LocalDate requested, int workingDays, LocalDate today) {
        if (requested == null) {
            return statementDeadline(today, workingDays);
        }
        if (!requested.isAfter(today)) {
            throw new RuleViolationException("complaint.deadline-past", "deadline", "a deadline is after today");
        }
        return StatutoryDeadlines.lastDay(requested);
    }

    /** Target date for deciding a complaint received on {@code received}: eight months later (a target, not a legal deadline). */
    public static LocalDate processingTarget(LocalDate received) {
        Objects.requireNonNull(received, "received");
        return received.plusMonths(PROCESSING_TARGET_MONTHS);
    }

    /** Overdue from the day after the deadline's last day (laki 150/1930 5 §, {@link StatutoryDeadlines}). */
    public static boolean isOverdue(LocalDate deadline, LocalDate today) {
        return StatutoryDeadlines.hasPassed(deadline, today);
    }

    /** Not overdue and at most {@code workingDays} working days left (a deadline today is due soon). */
    public static boolean isDueSoon(LocalDate deadline, LocalDate today, int workingDays) {
        return StatutoryDeadlines.isDueSoon(deadline, today, workingDays);
    }
}
