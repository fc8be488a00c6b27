package fi.valvonta.model.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionQuotaTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private final SubmissionQuota.Policy policy = new SubmissionQuota.Policy(3, Duration.ofHours(1));

    @Test
    void theMaxSubmissionsOfAWindowAreTakenTheNextIsRefusedUntilItEnds() {
        SubmissionQuota q = policy.fresh();
        for (int i = 0; i < 3; i++) {
            assertFalse(q.isExhausted(T0.plusSeconds(i)), "submission " + (i + 1));
            q = q.used(T0.plusSeconds(i));
        }
        assertTrue(q.isExhausted(T0.plusSeconds(10)));
        assertEquals(Duration.ofHours(1).minusSeconds(10), q.retryAfter(T0.plusSeconds(10)));
        Instant end = T0.plus(Duration.ofHours(1));
        assertTrue(q.isExhausted(end.minusMillis(1)));
        assertFalse(q.isExhausted(end), "the window ran out");
        assertEquals(Duration.ZERO, q.retryAfter(end));
        assertTrue(q.isForgotten(end));
    }

    @Test
    void aNewWindowStartsWithTheFirstSubmissionAfterTheOldOne() {
        SubmissionQuota q = policy.fresh().used(T0).used(T0).used(T0).refused();
        assertEquals(1, q.refusals());
        Instant later = T0.plus(Duration.ofMinutes(90));
        SubmissionQuota next = q.used(later);
        assertEquals(1, next.used());
        assertEquals(0, next.refusals(), "a new window has no refusals yet");
        assertEquals(later, next.windowStart());
        assertFalse(next.isExhausted(later));
    }

    @Test
    void aFreshQuotaIsNeverExhaustedAndAPolicyNeedsAWindow() {
        assertFalse(policy.fresh().isExhausted(T0));
        assertTrue(policy.fresh().isForgotten(T0));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionQuota.Policy(0, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionQuota.Policy(1, Duration.ZERO));
    }
}
