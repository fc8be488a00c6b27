package fi.valvonta.model.complaint;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks Finnish personal identity numbers (henkilötunnus, väestötietojärjestelmälaki 661/2009
 * 11 §; format per DVV): DDMMYY, century sign, individual number 002–999, check character. Tietosuojalaki
 * 1050/2018 29 §: a henkilötunnus is processed only where needed, so free text is screened for it.
 */
public final class PersonalIdentityNumbers {

    /** Replaces every found number; keeps neither date, century, individual number nor check character. */
    public static final String MASK = "******-****";

    private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    // century signs: + 1800s; - and (since 1.1.2023) Y X W V U 1900s; A and (since 2023) B C D E F 2000s
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{2})(\\d{2})(\\d{2})([-+ABCDEFYXWVU])(\\d{3})([0-9A-Y])(?![0-9A-Za-z])");

    private PersonalIdentityNumbers() {
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        return m.matches() && isValid(m);
    }

    /** Valid identity numbers in {@code text}, in order of appearance. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isValid(m)) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** {@code text} with every valid identity number replaced by {@link #MASK}; invalid look-alikes are kept. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, isValid(m) ? Matcher.quoteReplacement(MASK) : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isValid(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        int individual = Integer.parseInt(m.group(5));
        if (individual < 2) {
            return false; // DVV: individual numbers 000 and 001 are not used
        }
        try {
            LocalDate.of(century(m.group(4).charAt(0)) + yy, month, day);
        } catch (DateTimeException e) {
            return false;
        }
        int nine = Integer.parseInt(m.group(1) + m.group(2) + m.group(3) + m.group(5));
        return CHECK_CHARS.charAt(nine % 31) == m.group(6).charAt(0);
    }

    private static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            default -> 2000; // A, B, C, D, E, F
        };
    }
}
