package fi.valvonta.model.complaint;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class DeadlinesTest {

    @Test
    void statementDeadlineCountsWorkingDaysOverChristmas() {
        // requested Fri 12.12.2025, 10 working days: 15–19, 22, 23, 29, 30, 31 -> 31.12.2025
        assertEquals(LocalDate.of(2025, 12, 31), Deadlines.statementDeadline(LocalDate.of(2025, 12, 12), 10));
        // 14 working days from Mon 1.12.2025 (Independence Day falls on a Saturday) -> Fri 19.12
        assertEquals(LocalDate.of(2025, 12, 19), Deadlines.statementDeadline(LocalDate.of(2025, 12, 1), 14));
    }

    @Test
    void processingTargetIsEightMonths() {
        assertEquals(LocalDate.of(2026, 11, 10), Deadlines.processingTarget(LocalDate.of(2026, 3, 10)));
        assertEquals(LocalDate.of(2026, 2, 28), Deadlines.processingTarget(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void overdueFromTheDayAfter() {
        LocalDate deadline = LocalDate.of(2026, 3, 10);
        assertFalse(Deadlines.isOverdue(deadline, deadline));
        assertFalse(Deadlines.isOverdue(deadline, deadline.minusDays(1)));
        assertTrue(Deadlines.isOverdue(deadline, deadline.plusDays(1)));
    }

    @Test
    void dueSoonInWorkingDays() {
        LocalDate deadline = LocalDate.of(2026, 4, 7);  // Tue after Easter
        assertTrue(Deadlines.isDueSoon(deadline, LocalDate.of(2026, 4, 2), 1));   // only Tue 7.4 in between
        assertFalse(Deadlines.isDueSoon(deadline, LocalDate.of(2026, 4, 1), 1));  // Thu 2.4 and Tue 7.4
        assertTrue(Deadlines.isDueSoon(deadline, deadline, 0));
        assertFalse(Deadlines.isDueSoon(deadline, deadline.plusDays(1), 5));      // overdue is not "due soon"
        assertThrows(IllegalArgumentException.class, () -> Deadlines.isDueSoon(deadline, deadline, -1));
    }

    @Test
    void aRequestedResponseDeadlineIsAfterTodayAndOnAWorkingDay() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertEquals(LocalDate.of(2026, 3, 9), Deadlines.responseDeadline(LocalDate.of(2026, 3, 7), 15, friday));
        assertEquals(Deadlines.statementDeadline(friday, 15), Deadlines.responseDeadline(null, 15, friday));
        assertThrows(fi.valvonta.model.platform.RuleViolationException.class,
                () -> Deadlines.responseDeadline(friday, 15, friday));
    }
}
