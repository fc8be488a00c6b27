package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatutoryDeadlinesTest {

    @Test
    void theLatestPassedDeadlineSeparatesPassedFromRunningOnEveryDayOfAYear() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() == 2026; today = today.plusDays(1)) {
            LocalDate latest = StatutoryDeadlines.latestPassed(today);
            for (LocalDate d = today.minusDays(14); !d.isAfter(today.plusDays(3)); d = d.plusDays(1)) {
                assertEquals(StatutoryDeadlines.hasPassed(d, today), !d.isAfter(latest), "today " + today + ", deadline " + d);
            }
        }
    }

    @Test
    void aDeadlineOnAClosedDayHasNotPassedUntilTheDayAfterTheWorkingDayItMovesTo() {
        // Monday 22.6.2026: the deadlines of Midsummer Eve and the weekend moved to today, so Thursday's is the last passed
        assertEquals(LocalDate.of(2026, 6, 18), StatutoryDeadlines.latestPassed(LocalDate.of(2026, 6, 22)));
        // Tuesday: yesterday's has passed
        assertEquals(LocalDate.of(2026, 6, 22), StatutoryDeadlines.latestPassed(LocalDate.of(2026, 6, 23)));
    }
}
