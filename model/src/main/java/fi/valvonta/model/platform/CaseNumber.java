package fi.valvonta.model.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diary number {@code PREFIX/serial/year}, e.g. {@code LVV/12/2026}. Tiedonhallintalaki 906/2019 25 §:
 * an incoming matter is registered with a unique identifier. Immutable.
 */
@Embeddable
public class CaseNumber implements Comparable<CaseNumber> {

    public static final String INVALID = "case-number.invalid";

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,16}");
    private static final Pattern TEXT = Pattern.compile("([A-Z]{2,16})/([1-9][0-9]{0,8})/([0-9]{4})");
    private static final Comparator<CaseNumber> ORDER = Comparator.comparing((CaseNumber c) -> c.prefix)
            .thenComparingInt(c -> c.year).thenComparingInt(c -> c.serial);

    @Column(name = "case_prefix", length = 16, nullable = false)
    private String prefix;

    @Column(name = "case_serial", nullable = false)
    private int serial;

    @Column(name = "case_year", nullable = false)
    private int year;

    protected CaseNumber() {
        // for JPA
    }

    private CaseNumber(String prefix, int serial, int year) {
        this.prefix = prefix;
        this.serial = serial;
        this.year = year;
    }

    public static CaseNumber of(String prefix, int serial, int year) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw invalid("prefix must be 2–16 letters A–Z, was " + prefix);
        }
        if (serial < 1) {
            throw invalid("serial must be >= 1, was " + serial);
        }
        if (year < 2000 || year > 2100) {
            throw invalid("year must be 2000..2100, was " + year);
        }
        return new CaseNumber(prefix, serial, year);
    }

    /** The case number {@code text} is, if it is one ({@code PREFIX/serial/year}, whitespace around ignored). */
    public static Optional<CaseNumber> find(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        return year < 2000 || year > 2100 ? Optional.empty()
                : Optional.of(new CaseNumber(m.group(1), Integer.parseInt(m.group(2)), year));
    }

    /** Parses {@code PREFIX/serial/year}; surrounding whitespace is ignored. */
    public static CaseNumber parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw invalid("not a case number PREFIX/serial/year: " + text);
        }
        return of(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static RuleViolationException invalid(String message) {
        return new RuleViolationException(INVALID, "caseNumber", message);
    }

    public String prefix() {
        return prefix;
    }

    public int serial() {
        return serial;
    }

    public int year() {
        return year;
    }

    @Override
    public int compareTo(CaseNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseNumber c && serial == c.serial && year == c.year && Objects.equals(prefix, c.prefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, serial, year);
    }

    @Override
    public String toString() {
        return prefix + "/" + serial + "/" + year;
    }
}
