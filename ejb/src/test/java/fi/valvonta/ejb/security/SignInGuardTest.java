package fi.valvonta.ejb.security;

import fi.valvonta.model.security.SignInThrottle;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInGuardTest {

    final MutableClock clock = new MutableClock();
    final SignInGuard guard = new SignInGuard(
            new SignInThrottle.Policy(3, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofMinutes(15)),
            new SignInThrottle.Policy(10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(15)),
            clock);

    @Test
    void aUserNameLocksAfterItsThresholdFromAnyClient() {
        guard.failed("tiina", "10.0.0.1");
        guard.failed("Tiina", "10.0.0.2");
        SignInGuard.Failure third = guard.failed("tiina ", "10.0.0.3");
        assertTrue(third.locked());
        assertTrue(third.lockedNow());
        assertEquals(Duration.ofMinutes(5), third.retryAfter());
        assertTrue(guard.check("tiina", "10.0.0.9").locked(), "from another address too");
        assertFalse(guard.check("tapio", "10.0.0.9").locked(), "other users go on");
        clock.advance(Duration.ofMinutes(5));
        assertFalse(guard.check("tiina", "10.0.0.9").locked(), "the lock runs out");
    }

    @Test
    void aClientLocksAfterItsThresholdWhateverTheUserNames() {
        for (int i = 0; i < 9; i++) {
            assertFalse(guard.failed("user" + i, "10.0.0.1").locked());
        }
        SignInGuard.Failure tenth = guard.failed("user9", "10.0.0.1");
        assertTrue(tenth.lockedNow());
        assertTrue(guard.check("someone", "10.0.0.1").locked());
        assertFalse(guard.check("someone", "10.0.0.2").locked());
    }

    @Test
    void legitimateTrafficIsNeverLocked() {
        for (int i = 0; i < 1000; i++) {
            guard.failed("tiina", "10.0.0.1");
            guard.failed("tiina", "10.0.0.1");
            guard.succeeded("tiina", "10.0.0.1");
        }
        assertFalse(guard.check("tiina", "10.0.0.1").locked(), "failures only count, and a success clears them");
    }

    @Test
    void aNonExistentUserNameLocksLikeARealOne() {
        for (int i = 0; i < 3; i++) {
            guard.failed("ei-ketaan", "10.0.0.1");
            guard.failed("tiina", "10.0.0.2");
        }
        assertEquals(guard.check("ei-ketaan", "10.0.0.3"), guard.check("tiina", "10.0.0.3"));
    }
}
