package fi.valvonta.model.search;

import fi.valvonta.model.platform.CaseNumber;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number in a query: a whole one ({@code LVV/12/2026}, any letter case) or its serial and year alone
 * ({@code 12/2026}), which matches that number under any prefix.
 */
public record CaseNumberQuery(String prefix, int serial, int year) {

    private static final Pattern SHORT = Pattern.compile("([1-9][0-9]{0,8})/([0-9]{4})");

    public CaseNumberQuery {
        if (prefix != null) {
            CaseNumber.of(prefix, serial, year);
        }
    }

    /** The case number {@code token} is, whole or as serial/year, if it is one. */
    public static Optional<CaseNumberQuery> find(String token) {
        Optional<CaseNumber> whole = CaseNumber.find(token.toUpperCase(Locale.ROOT));
        if (whole.isPresent()) {
            CaseNumber c = whole.get();
            return Optional.of(new CaseNumberQuery(c.prefix(), c.serial(), c.year()));
        }
        Matcher m = SHORT.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        return year < 2000 || year > 2100 ? Optional.empty()
                : Optional.of(new CaseNumberQuery(null, Integer.parseInt(m.group(1)), year));
    }

    public Optional<String> wholePrefix() {
        return Optional.ofNullable(prefix);
    }

    /** Whether {@code text}, a case number as stored in a text column, is this one. */
    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        return prefix != null ? text.equals(toString()) : text.endsWith("/" + serial + "/" + year);
    }

    /**
     * A SQL LIKE pattern for a text column holding case numbers: the number itself, or any prefix before
     * {@code /serial/year} (digits and slashes only, so nothing in it needs escaping).
     */
    public String likePattern() {
        return prefix != null ? toString() : "%/" + serial + "/" + year;
    }

    @Override
    public String toString() {
        return (prefix == null ? "" : prefix + "/") + serial + "/" + year;
    }
}
