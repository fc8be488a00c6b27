package fi.valvonta.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedInUserTest {

    static final long SIGNED_IN = 1_000_000L;
    final SignedInUser user = new SignedInUser("tiina", Set.of("INSPECTOR"), false, SIGNED_IN);

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() {
        Duration eightHours = Duration.ofHours(8);
        assertFalse(user.isExpired(SIGNED_IN + eightHours.toMillis() - 1, eightHours));
        assertTrue(user.isExpired(SIGNED_IN + eightHours.toMillis(), eightHours));
    }

    @Test
    void newRolesKeepTheSignInTime() {
        SignedInUser changed = user.withRoles(Set.of("AUDITOR"));
        assertEquals(Set.of("AUDITOR"), changed.roles());
        assertEquals(SIGNED_IN, changed.signedInAt());
        assertEquals(SIGNED_IN, user.passwordChanged().signedInAt());
    }
}
