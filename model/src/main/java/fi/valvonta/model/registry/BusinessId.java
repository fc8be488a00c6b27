package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit ("0204819-8"). How an
 * organisation is named as the recipient of a message in Suomi.fi Messages. The check digit is the one
 * the Business Information System gives: the digits weighted 7, 9, 10, 5, 8, 4, 2, the sum's remainder
 * modulo 11 subtracted from 11, remainder 0 giving 0; remainder 1 is never issued.
 */
public record BusinessId(String value) {

    public static final String INVALID = "registry.business-id-invalid";
    public static final int LENGTH = 9;

    private static final Pattern FORM = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    public BusinessId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new RuleViolationException(INVALID, "businessId",
                    "A business ID is seven digits, a hyphen and a valid check digit (e.g. 0204819-8)");
        }
    }

    /** Parses what a user typed: surrounding blanks are dropped and an old six-digit ID gets its leading zero. */
    public static BusinessId parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.matches("\\d{6}-\\d")) {
            s = "0" + s;
        }
        return new BusinessId(s);
    }

    public static boolean isValid(String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == value.charAt(8) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
