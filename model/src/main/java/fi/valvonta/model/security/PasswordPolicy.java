package fi.valvonta.model.security;

import fi.valvonta.model.platform.RuleViolationException;

import java.util.Locale;

/**
 * What a new password of the user's own must be: long enough to resist guessing (length counts more than
 * character classes, as NIST SP 800-63B advises), not the user's name, and not the password it replaces.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws a {@link RuleViolationException} on field {@code newPassword} unless the new password may be used. */
    public static void checkNew(String username, String currentPassword, String newPassword) {
        if (newPassword == null || newPassword.strip().length() < MIN_LENGTH) {
            throw new RuleViolationException("user.password-too-short", "newPassword",
                    "a password has at least " + MIN_LENGTH + " characters");
        }
        if (newPassword.length() > MAX_LENGTH) {
            throw new RuleViolationException("user.password-too-long", "newPassword",
                    "a password has at most " + MAX_LENGTH + " characters");
        }
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolationException("user.password-unchanged", "newPassword",
                    "the new password must differ from the current one");
        }
        if (username != null && newPassword.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException("user.password-contains-username", "newPassword",
                    "the password must not contain the username");
        }
    }
}
