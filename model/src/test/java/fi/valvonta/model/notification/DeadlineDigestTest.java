package fi.valvonta.model.notification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an official's daily digest reminds of, and in which order; closed days move a last day (150/1930 5 §). */
class DeadlineDigestTest {

    private static final LocalDate MON_30_NOV = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUE_1_DEC = LocalDate.of(2026, 12, 1);
    private static final LocalDate SAT_28_NOV = LocalDate.of(2026, 11, 28);
    private static final LocalDate SOON = LocalDate.of(2026, 12, 7);

    @Test
    void aComplaintIsOverdueFromTheDayAfterItsMovedLastDay() {
        // Saturday's deadline moves to Monday: on Monday it is still in time, due soon
        assertEquals(Optional.of(new DeadlineDigest.Item(DeadlineDigest.Kind.COMPLAINT_DUE_SOON, "LVV/1/2026", "Lahti", MON_30_NOV)),
                DeadlineDigest.complaintDeadline("LVV/1/2026", "Lahti", SAT_28_NOV, MON_30_NOV, SOON));
        assertEquals(Optional.of(new DeadlineDigest.Item(DeadlineDigest.Kind.COMPLAINT_OVERDUE, "LVV/1/2026", "Lahti", MON_30_NOV)),
                DeadlineDigest.complaintDeadline("LVV/1/2026", "Lahti", SAT_28_NOV, TUE_1_DEC, SOON));
    }

    @Test
    void aDeadlineBeyondTheDueSoonDaysOrNoneIsNoReminder() {
        assertEquals(Optional.empty(), DeadlineDigest.complaintDeadline("LVV/1/2026", "Lahti", SOON.plusDays(1), MON_30_NOV, SOON));
        assertTrue(DeadlineDigest.complaintDeadline("LVV/1/2026", "Lahti", SOON, MON_30_NOV, SOON).isPresent(), "the last due-soon day counts");
        assertEquals(Optional.empty(), DeadlineDigest.complaintDeadline("LVV/1/2026", "Lahti", null, MON_30_NOV, SOON));
    }

    @Test
    void aStatementOrHearingIsRemindedOnlyWhenAwaitedPastItsDeadline() {
        assertTrue(DeadlineDigest.awaitedPastDeadline(DeadlineDigest.Kind.STATEMENT_OVERDUE, "LVV/2/2026", "Espoo",
                SAT_28_NOV, false, TUE_1_DEC).isPresent());
        assertEquals(Optional.empty(), DeadlineDigest.awaitedPastDeadline(DeadlineDigest.Kind.STATEMENT_OVERDUE, "LVV/2/2026",
                "Espoo", SAT_28_NOV, false, MON_30_NOV), "still in time on the moved last day");
        assertEquals(Optional.empty(), DeadlineDigest.awaitedPastDeadline(DeadlineDigest.Kind.MEASURE_HEARING_OVERDUE, "LVV/3/2026",
                "Viiveet", SAT_28_NOV, true, TUE_1_DEC), "answered");
        assertThrows(IllegalArgumentException.class, () -> DeadlineDigest.awaitedPastDeadline(DeadlineDigest.Kind.FOLLOW_UP_DUE,
                "LVV/3/2026", "Viiveet", SAT_28_NOV, false, TUE_1_DEC));
    }

    @Test
    void itemsComeByKindThenDateAndOnceEach() {
        DeadlineDigest.Item soon = new DeadlineDigest.Item(DeadlineDigest.Kind.COMPLAINT_DUE_SOON, "LVV/9/2026", "Vantaa", SOON);
        DeadlineDigest.Item lateB = new DeadlineDigest.Item(DeadlineDigest.Kind.COMPLAINT_OVERDUE, "LVV/8/2026", "Turku", MON_30_NOV);
        DeadlineDigest.Item lateA = new DeadlineDigest.Item(DeadlineDigest.Kind.COMPLAINT_OVERDUE, "LVV/7/2026", "Porvoo", SAT_28_NOV);
        DeadlineDigest.Item followUp = new DeadlineDigest.Item(DeadlineDigest.Kind.FOLLOW_UP_DUE, "LVV/6/2026", "Viiveet", MON_30_NOV);
        DeadlineDigest d = new DeadlineDigest(TUE_1_DEC, List.of(soon, lateB, followUp, lateA, lateA));
        assertEquals(List.of(lateA, lateB, followUp, soon), d.items());
        assertEquals(List.of(followUp), d.itemsOf(DeadlineDigest.Kind.FOLLOW_UP_DUE));
        assertTrue(new DeadlineDigest(TUE_1_DEC, List.of()).isEmpty());
    }
}
