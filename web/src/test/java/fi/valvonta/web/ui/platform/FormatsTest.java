package fi.valvonta.web.ui.platform;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates, times, numbers and money as the UI writes them in Finnish, Swedish and English. */
class FormatsTest {

    private static final Locale FI = Locale.forLanguageTag("fi");
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final LocalDate DAY = LocalDate.of(2024, 8, 2);

    @Test
    void aDateIsNeverIso() {
        assertEquals("2.8.2024", Formats.date(DAY, FI));
        assertEquals("2.8.2024", Formats.date(DAY, SV));
        assertEquals("2/8/2024", Formats.date(DAY, EN));
        assertEquals("", Formats.date(null, FI));
    }

    @Test
    void theDatePickersPatternReadsBackWhatIsShown() {
        for (Locale l : new Locale[] {FI, SV, EN}) {
            String shown = Formats.date(DAY, l);
            assertEquals(DAY, LocalDate.parse(shown, DateTimeFormatter.ofPattern(Formats.datePattern(l), l)), l.toString());
        }
        assertEquals("d.M.yyyy", Formats.datePattern(Locale.GERMAN), "any other language: the Finnish pattern");
    }

    @Test
    void timesAreInFinnishTime() {
        Instant summer = Instant.parse("2024-08-02T09:05:07Z"); // EEST, UTC+3
        assertEquals("2.8.2024 12:05", Formats.time(summer, FI));
        assertEquals("2/8/2024 12:05", Formats.time(summer, EN));
        assertEquals("2.8.2024 12:05:07", Formats.instant(summer, SV));
        Instant winter = Instant.parse("2024-12-31T22:30:00Z"); // EET, UTC+2: already the new year
        assertEquals("1.1.2025 00:30", Formats.time(winter, FI));
    }

    @Test
    void planFiguresHaveOneDecimalRoundedHalfUpAsWrittenWithTheLanguagesDecimalSign() {
        assertEquals("1,5", Formats.oneDecimal(1.45, FI)); // 1.45 is 1.4499… in binary: rounded as written
        assertEquals("0,2", Formats.oneDecimal(0.15, SV));
        assertEquals("12.0", Formats.oneDecimal(11.96, EN));
        assertEquals("1234,6", Formats.oneDecimal(1234.56, FI), "no grouping in a table cell");
        Formats.OneDecimal perPage = Formats.oneDecimal(FI);
        assertEquals(Formats.oneDecimal(2.25, FI), perPage.format(2.25));
    }

    @Test
    void numbersGroupAndSeparateDecimalsAsTheLanguageDoes() {
        assertEquals("12\u00a0345,5", Formats.number(12345.5, FI));
        assertEquals("12\u00a0345,5", Formats.number(new BigDecimal("12345.50"), SV));
        assertEquals("12,345.5", Formats.number(12345.5, EN));
        assertEquals("0,05", Formats.number(0.05, FI));
        assertEquals("1\u00a0200", Formats.number(1200, FI));
        assertEquals("", Formats.number(null, EN));
    }

    @Test
    void moneyIsInEurosWithCents() {
        assertEquals("10\u00a0000,00\u00a0€", Formats.money(new BigDecimal("10000"), FI));
        assertEquals("2\u00a0500,50\u00a0€", Formats.money(new BigDecimal("2500.5"), SV));
        assertEquals("€10,000.00", Formats.money(new BigDecimal("10000"), EN));
        assertEquals("€0.01", Formats.money(new BigDecimal("0.005"), EN), "half a cent rounds up");
        assertEquals("", Formats.money(null, FI));
    }
}
