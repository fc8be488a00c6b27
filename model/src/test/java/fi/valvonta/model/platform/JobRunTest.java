package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JobRunTest {

    static final String JOB = "complaint.deadline-check";
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void todayAndMissedDaysAfterTheLastRunAreAllowed() {
        JobRun.checkDay(JOB, TODAY, TODAY, null, "today");
        JobRun.checkDay(JOB, TODAY.minusDays(30), TODAY, null, "today");
        JobRun.checkDay(JOB, TODAY.minusDays(2), TODAY, TODAY.minusDays(3), "today");
        JobRun.checkDay(JOB, TODAY, TODAY, TODAY, "today"); // again today: the same result
    }

    @Test
    void aDayToComeIsRefused() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> JobRun.checkDay(JOB, TODAY.plusDays(1), TODAY, null, "today"));
        assertEquals(JOB + "-in-future", e.code());
        assertEquals("today", e.field());
    }

    @Test
    void aDayBeforeTheLastRunIsRefused() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> JobRun.checkDay(JOB, TODAY.minusDays(4), TODAY, TODAY.minusDays(3), "today"));
        assertEquals(JOB + "-before-last-run", e.code());
        assertEquals("today", e.field());
    }

    @Test
    void todayIsAllowedEvenBehindTheLastRun() {
        JobRun.checkDay(JOB, TODAY, TODAY, TODAY.plusDays(5), "today");
    }

    @Test
    void theLastDayOnlyMovesForward() {
        JobRun run = new JobRun(JOB, TODAY, Instant.EPOCH);
        run.ranFor(TODAY.minusDays(1), Instant.EPOCH.plusSeconds(1));
        assertEquals(Optional.of(TODAY), run.lastDay());
        run.ranFor(TODAY.plusDays(1), Instant.EPOCH.plusSeconds(2));
        assertEquals(Optional.of(TODAY.plusDays(1)), run.lastDay());
    }

    @Test
    void aDayRunOnOneNodeIsTakenForTheOthers() {
        JobRun run = new JobRun(JOB, TODAY.minusDays(1), Instant.EPOCH);
        assertFalse(run.hasRunFor(TODAY));
        run.ranFor(TODAY, Instant.EPOCH.plusSeconds(1));
        assertTrue(run.hasRunFor(TODAY));
        assertTrue(run.hasRunFor(TODAY.minusDays(1)));
    }

    @Test
    void aJobNotRunYetHasNoDayTakenUntilItsFirstRun() {
        JobRun run = new JobRun(); // as JPA loads the row the migration made
        assertEquals(Optional.empty(), run.lastDay());
        assertFalse(run.hasRunFor(TODAY.minusYears(10)));
        run.ranFor(TODAY, Instant.EPOCH);
        assertTrue(run.hasRunFor(TODAY));
        assertEquals(Optional.of(Instant.EPOCH), run.ranAt());
    }
}
