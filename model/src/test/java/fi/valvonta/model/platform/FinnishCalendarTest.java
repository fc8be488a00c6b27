package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class FinnishCalendarTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @CsvSource({"2008, 2008-03-23", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20",
            "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void easterSundayByGregorianComputus(int year, String easter) {
        assertEquals(d(easter), FinnishCalendar.easterSunday(year));
        assertTrue(FinnishCalendar.isPublicHoliday(d(easter)));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-01-01", "2025-01-06", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01",
            "2025-05-29", "2025-06-08", "2025-06-21", "2025-11-01", "2025-12-06", "2025-12-25", "2025-12-26",
            "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-24", "2026-06-20", "2026-10-31"})
    void publicHolidays(String date) {
        assertTrue(FinnishCalendar.isPublicHoliday(d(date)), date);
    }

    @ParameterizedTest
    @CsvSource({"2025-06-20", "2025-12-24", "2025-06-28", "2025-11-08", "2026-06-27", "2026-11-07",
            "2025-04-19", "2025-12-31", "2026-06-19"})
    void notPublicHolidays(String date) {
        assertFalse(FinnishCalendar.isPublicHoliday(d(date)), date);
    }

    @Test
    void midsummerAndAllSaints2025And2026() {
        assertTrue(FinnishCalendar.isPublicHoliday(d("2025-06-21")));  // Saturday
        assertFalse(FinnishCalendar.isPublicHoliday(d("2025-06-14")));
        assertTrue(FinnishCalendar.isPublicHoliday(d("2026-06-20")));  // Saturday 20.6 itself
        assertTrue(FinnishCalendar.isPublicHoliday(d("2025-11-01")));
        assertTrue(FinnishCalendar.isPublicHoliday(d("2026-10-31")));  // Saturday 31.10 itself
        assertFalse(FinnishCalendar.isPublicHoliday(d("2026-11-07")));
    }

    @Test
    void midsummerEveAndChristmasEveAreClosedButNotHolidays() {
        assertFalse(FinnishCalendar.isWorkingDay(d("2025-06-20")));  // Friday
        assertFalse(FinnishCalendar.isWorkingDay(d("2026-06-19")));  // Friday
        assertFalse(FinnishCalendar.isWorkingDay(d("2025-12-24")));  // Wednesday
        assertTrue(FinnishCalendar.isWorkingDay(d("2025-06-13")));   // ordinary Friday
        assertTrue(FinnishCalendar.isWorkingDay(d("2025-12-23")));
    }

    @Test
    void ascensionOnMayDayDoesNotBreakTheCache() {
        assertEquals(d("2008-05-01"), FinnishCalendar.easterSunday(2008).plusDays(39));
        assertTrue(FinnishCalendar.isPublicHoliday(d("2008-05-01")));
        assertFalse(FinnishCalendar.isWorkingDay(d("2008-05-01")));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertFalse(FinnishCalendar.isWorkingDay(d("2026-03-07")));
        assertFalse(FinnishCalendar.isWorkingDay(d("2026-03-08")));
        assertTrue(FinnishCalendar.isWorkingDay(d("2026-03-09")));
    }

    @Test
    void addWorkingDaysSkipsChristmas() {
        // Mon 22.12.2025 +1 = Tue 23.12; +2 skips 24–28.12 -> Mon 29.12
        assertEquals(d("2025-12-23"), FinnishCalendar.addWorkingDays(d("2025-12-22"), 1));
        assertEquals(d("2025-12-29"), FinnishCalendar.addWorkingDays(d("2025-12-22"), 2));
        // 31.12 +1 skips New Year -> Fri 2.1.2026; +3 skips weekend and Epiphany (Tue 6.1) -> Wed 7.1
        assertEquals(d("2026-01-02"), FinnishCalendar.addWorkingDays(d("2025-12-31"), 1));
        assertEquals(d("2026-01-07"), FinnishCalendar.addWorkingDays(d("2025-12-31"), 3));
    }

    @Test
    void addWorkingDaysSkipsEaster() {
        // Thu 2.4.2026 +1 skips Good Friday, weekend, Easter Monday -> Tue 7.4
        assertEquals(d("2026-04-07"), FinnishCalendar.addWorkingDays(d("2026-04-02"), 1));
        assertEquals(d("2025-04-22"), FinnishCalendar.addWorkingDays(d("2025-04-17"), 1));
    }

    @Test
    void addWorkingDaysZeroAndFromWeekend() {
        assertEquals(d("2026-03-07"), FinnishCalendar.addWorkingDays(d("2026-03-07"), 0));
        assertEquals(d("2026-03-09"), FinnishCalendar.addWorkingDays(d("2026-03-07"), 1));
        assertEquals(d("2026-03-20"), FinnishCalendar.addWorkingDays(d("2026-03-06"), 10));
        assertThrows(IllegalArgumentException.class, () -> FinnishCalendar.addWorkingDays(d("2026-03-06"), -1));
    }

    @Test
    void workingDaysBetweenIsInverseOfAdd() {
        LocalDate start = d("2025-12-01");
        for (int n = 0; n <= 60; n++) {
            assertEquals(n, FinnishCalendar.workingDaysBetween(start, FinnishCalendar.addWorkingDays(start, n)));
        }
        assertEquals(0, FinnishCalendar.workingDaysBetween(start, start));
        // 19.12.2025 (Fri) .. 29.12 (Mon): working days 22, 23, 29
        assertEquals(3, FinnishCalendar.workingDaysBetween(d("2025-12-19"), d("2025-12-29")));
        assertEquals(-3, FinnishCalendar.workingDaysBetween(d("2025-12-29"), d("2025-12-19")));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-09, 2026-03-09",  // working day stays
            "2026-03-07, 2026-03-09",  // Saturday
            "2025-12-24, 2025-12-29",  // Christmas Eve, Christmas, Boxing Day, weekend
            "2026-04-03, 2026-04-07",  // Good Friday .. Easter Monday
            "2025-06-20, 2025-06-23",  // Midsummer Eve
            "2026-12-06, 2026-12-07",  // Independence Day on a Sunday
            "2026-05-01, 2026-05-04",  // May Day on a Friday
            "2026-05-14, 2026-05-15"}) // Ascension Day
    void nextWorkingDayIfClosed(String date, String expected) {
        assertEquals(d(expected), FinnishCalendar.nextWorkingDayIfClosed(d(date)));
    }
}
