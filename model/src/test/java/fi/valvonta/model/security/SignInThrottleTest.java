package fi.valvonta.model.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    static final SignInThrottle.Policy POLICY = new SignInThrottle.Policy(3, Duration.ofMinutes(1),
            Duration.ofMinutes(10), Duration.ofMinutes(15));
    static final Instant T0 = Instant.parse("2027-01-04T08:00:00Z");

    static SignInThrottle fail(SignInThrottle t, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            t = t.failed(at);
        }
        return t;
    }

    @Test
    void locksAtTheThresholdNotBefore() {
        SignInThrottle two = fail(POLICY.fresh(), T0, 2);
        assertFalse(two.isLocked(T0));
        SignInThrottle three = two.failed(T0);
        assertTrue(three.isLocked(T0));
        assertTrue(three.lockedBy(two, T0));
        assertEquals(Duration.ofMinutes(1), three.retryAfter(T0));
        assertFalse(three.isLocked(T0.plus(Duration.ofMinutes(1))), "the lock runs out");
    }

    @Test
    void eachFailureAfterALockDoublesItUpToTheMaximum() {
        SignInThrottle t = fail(POLICY.fresh(), T0, 3);
        Instant later = T0.plus(Duration.ofMinutes(2));
        t = t.failed(later);
        assertEquals(Duration.ofMinutes(2), t.retryAfter(later));
        t = t.failed(later);
        assertEquals(Duration.ofMinutes(4), t.retryAfter(later));
        t = fail(t, later, 10);
        assertEquals(Duration.ofMinutes(10), t.retryAfter(later));
    }

    @Test
    void aSuccessClearsTheFailures() {
        SignInThrottle t = fail(POLICY.fresh(), T0, 2).succeeded();
        assertEquals(0, t.failures());
        assertFalse(t.failed(T0).failed(T0).isLocked(T0), "counting starts again");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        SignInThrottle t = fail(POLICY.fresh(), T0, 2);
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertTrue(t.isForgotten(later));
        SignInThrottle again = t.failed(later);
        assertEquals(1, again.failures());
        assertFalse(again.isLocked(later));
    }

    @Test
    void aRunningLockIsNeverForgotten() {
        SignInThrottle t = fail(POLICY.fresh(), T0, 9);
        Instant later = T0.plus(Duration.ofMinutes(9));
        assertTrue(t.isLocked(later));
        assertFalse(t.isForgotten(later));
    }

    @Test
    void policyIsChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new SignInThrottle.Policy(0, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new SignInThrottle.Policy(3, Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }
}
