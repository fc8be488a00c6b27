package fi.valvonta.model.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finnish public holidays and the agency's working days, used for every deadline the system computes.
 * Holidays and closed days are computed once per year and cached.
 */
public final class FinnishCalendar {

    /** Holidays and de-facto closed weekdays of one year. */
    private record Year(Set<LocalDate> holidays, Set<LocalDate> closedEves) {
    }

    private static final Map<Integer, Year> CACHE = new ConcurrentHashMap<>();

    private FinnishCalendar() {
    }

    public static boolean isPublicHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return year(date.getYear()).holidays().contains(date);
    }

    /**
     * Monday–Friday, not a public holiday, and not Christmas Eve or Midsummer Eve (agencies are closed;
     * laki säädettyjen määräaikain laskemisesta 150/1930 5 § treats both eves like holidays).
     */
    public static boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        Year y = year(date.getYear());
        return !y.holidays().contains(date) && !y.closedEves().contains(date);
    }

    /** The date {@code n} working days after {@code start}; {@code start} itself is not counted, n = 0 gives start. */
    public static LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days in (fromExclusive, toInclusive]. Antisymmetric: when {@code toInclusive} is before
     * {@code fromExclusive} the result is the negated count of the reversed interval.
     */
    public static int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Laki säädettyjen määräaikain laskemisesta 150/1930 5 §: a deadline whose last day falls on a
     * holiday, Saturday, Christmas or Midsummer Eve moves to the next working day.
     */
    public static LocalDate nextWorkingDayIfClosed(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday by the Gregorian computus (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Year year(int year) {
        return CACHE.computeIfAbsent(year, FinnishCalendar::compute);
    }

    private static Year compute(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerDay = firstSaturdayFrom(LocalDate.of(year, Month.JUNE, 20));
        // Set.copyOf tolerates coinciding dates (e.g. 2008: Ascension Day fell on May Day)
        Set<LocalDate> holidays = Set.copyOf(List.of(
                LocalDate.of(year, Month.JANUARY, 1),   // uudenvuodenpäivä: Finnish public holiday
                LocalDate.of(year, Month.JANUARY, 6),   // loppiainen: Finnish public holiday (church holiday)
                easter.minusDays(2),                    // pitkäperjantai: Finnish public holiday (church holiday)
                easter,                                 // pääsiäispäivä: Finnish public holiday (church holiday)
                easter.plusDays(1),                     // toinen pääsiäispäivä: Finnish public holiday (church holiday)
                LocalDate.of(year, Month.MAY, 1),       // vapunpäivä: Finnish public holiday (named in laki 150/1930 5 §)
                easter.plusDays(39),                    // helatorstai: Finnish public holiday (church holiday)
                easter.plusDays(49),                    // helluntaipäivä: Finnish public holiday (church holiday)
                midsummerDay,                           // juhannuspäivä, Saturday 20–26 June: Finnish public holiday (church holiday)
                firstSaturdayFrom(LocalDate.of(year, Month.OCTOBER, 31)), // pyhäinpäivä, Saturday 31.10–6.11: Finnish public holiday (church holiday)
                LocalDate.of(year, Month.DECEMBER, 6),  // itsenäisyyspäivä: Finnish public holiday (named in laki 150/1930 5 §)
                LocalDate.of(year, Month.DECEMBER, 25), // joulupäivä: Finnish public holiday (church holiday)
                LocalDate.of(year, Month.DECEMBER, 26)  // tapaninpäivä: Finnish public holiday (church holiday)
        ));
        Set<LocalDate> closedEves = Set.of(
                LocalDate.of(year, Month.DECEMBER, 24), // jouluaatto: closed; laki 150/1930 5 §
                midsummerDay.minusDays(1)               // juhannusaatto, Friday 19–25 June: closed; laki 150/1930 5 §
        );
        return new Year(holidays, closedEves);
    }

    private static LocalDate firstSaturdayFrom(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }
}
