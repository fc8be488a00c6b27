package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.platform.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place the UI formats dates, times, numbers and money, in the view's language:
 * {@code #{formats.date(d)}}, {@code #{formats.time(i)}}, to the second {@code #{formats.instant(i)}},
 * {@code #{formats.number(n)}}, {@code #{formats.money(eur)}}; instants in Finnish time. A date picker takes
 * its {@code pattern="#{formats.datePattern}"}, so what is typed and what is shown look alike.
 *
 * <p>Finnish and Finland-Swedish write a date 2.8.2024; English 2/8/2024 (day first, as in Britain and the
 * EU's English). Numbers group by a no-break space with a decimal comma in fi and sv ({@code 1 234,50 €}), by a
 * comma with a decimal point in en ({@code €1,234.50}). Faces 4.0's date converter cannot format an Instant.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final String NBSP = "\u00a0";

    /** The date pattern for {@code language} (fi, sv, en; Finnish for any other). */
    public static String datePattern(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "d/M/yyyy" : "d.M.yyyy";
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DATES.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(datePattern(l), l))
                .format(date);
    }

    /** The date formatters by locale, made once (a list page formats two dates a row). */
    private static final java.util.Map<Locale, DateTimeFormatter> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(datePattern(locale) + " HH:mm", locale)
                .withZone(ClockProducer.FINLAND).format(instant);
    }

    public static String instant(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(datePattern(locale) + " HH:mm:ss", locale)
                .withZone(ClockProducer.FINLAND).format(instant);
    }

    /** A number as written in {@code locale}, with as many decimals as it has (at most three). */
    public static String number(Number number, Locale locale) {
        if (number == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.###", symbols(locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(number instanceof BigDecimal b ? b : new BigDecimal(number.toString()));
    }

    /**
     * A figure to one decimal ({@code 1,5} in fi and sv, {@code 1.5} in en), rounded half up as written
     * ({@code 0.15} gives {@code 0,2}): the plan's scores and days.
     */
    public static String oneDecimal(double value, Locale locale) {
        return oneDecimal(locale).format(value);
    }

    /** The formatter of {@link #oneDecimal(double, Locale)}, for a page that formats a thousand figures. */
    public static OneDecimal oneDecimal(Locale locale) {
        DecimalFormat f = new DecimalFormat("0.0", symbols(locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return value -> f.format(BigDecimal.valueOf(value));
    }

    /** Formats figures to one decimal; not thread-safe (one per request). */
    @FunctionalInterface
    public interface OneDecimal {
        String format(double value);
    }

    /** An amount of euros with cents: {@code 1 234,50 €} in fi and sv, {@code €1,234.50} in en. */
    public static String money(BigDecimal euros, Locale locale) {
        if (euros == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", symbols(locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        String amount = f.format(euros);
        return "en".equals(locale.getLanguage()) ? "€" + amount : amount + NBSP + "€";
    }

    /** Grouping by a no-break space and a decimal comma (fi, sv), by a comma and a decimal point (en). */
    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        s.setGroupingSeparator(english ? ',' : '\u00a0');
        s.setDecimalSeparator(english ? '.' : ',');
        return s;
    }

    public String date(LocalDate date) {
        return date(date, UiMessages.locale());
    }

    public String time(Instant instant) {
        return time(instant, UiMessages.locale());
    }

    public String instant(Instant instant) {
        return instant(instant, UiMessages.locale());
    }

    public String number(Number number) {
        return number(number, UiMessages.locale());
    }

    public String money(BigDecimal euros) {
        return money(euros, UiMessages.locale());
    }

    /** The view's date pattern, for a date picker's {@code pattern} and its placeholder. */
    public String getDatePattern() {
        return datePattern(UiMessages.locale());
    }
}
