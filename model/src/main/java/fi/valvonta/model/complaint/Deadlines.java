package fi.valvonta.model.complaint;

import fi.valvonta.model.shared.FinnishCalendar;

import java.time.LocalDate;
import java.util.Objects;

/** Processing-time rules of the complaints register. */
public final class Deadlines {

    /** Historical processing-time target of complaints, in months (legal notes; seed 001). */
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

    /** Target date for deciding a complaint received on {@code received}: eight months later (a target, not a legal deadline). */
    public static LocalDate processingTarget(LocalDate received) {
        Objects.requireNonNull(received, "received");
        return received.plusMonths(PROCESSING_TARGET_MONTHS);
    }

    /** Overdue from the day after the deadline; on the deadline itself it is still in time. */
    public static boolean isOverdue(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline);
    }

    /** Not overdue and at most {@code workingDays} working days left (a deadline today is due soon). */
    public static boolean isDueSoon(LocalDate deadline, LocalDate today, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0, was " + workingDays);
        }
        return !isOverdue(deadline, today) && FinnishCalendar.workingDaysBetween(today, deadline) <= workingDays;
    }
}
