package fi.valvonta.model.security;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void aLongEnoughNewPasswordIsAccepted() {
        PasswordPolicy.checkNew("paakayttaja", "Alkusalasana-1", "kolme pitkää sanaa");
    }

    @Test
    void refusals() {
        assertEquals("user.password-too-short", code("admin", "old-password", "lyhyt-11chr"));
        assertEquals("user.password-too-short", code("admin", "old-password", "           x"));
        assertEquals("user.password-too-short", code("admin", "old-password", null));
        assertEquals("user.password-too-long", code("admin", "old-password", "x".repeat(129)));
        assertEquals("user.password-unchanged", code("admin", "sama-salasana-1", "sama-salasana-1"));
        assertEquals("user.password-contains-username", code("paakayttaja", "old", "PAAKAYTTAJA-2026!"));
    }

    @Test
    void changingThePasswordEndsARequiredChange() {
        AppUser user = new AppUser("paakayttaja", "Pääkäyttäjä", "$2a$10$x", EnumSet.of(Role.ADMIN));
        assertFalse(user.isPasswordChangeRequired());
        user.requirePasswordChange();
        assertTrue(user.isPasswordChangeRequired());
        user.changePasswordHash("$2a$10$y");
        assertFalse(user.isPasswordChangeRequired());
        assertEquals("$2a$10$y", user.passwordHash());
    }

    private static String code(String username, String current, String candidate) {
        return assertThrows(RuleViolationException.class, () -> PasswordPolicy.checkNew(username, current, candidate)).code();
    }
}
