package fi.valvonta.model.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many submissions one client (a client address) has made to the public e-service in its current window,
 * the approach of {@link SignInThrottle}: an immutable state per key, each event returning the next. A window
 * opens with the first submission and lasts {@code window}; in it at most {@code max} submissions are taken,
 * and the next is refused until the window has run out ({@link #retryAfter}). {@code refusals} counts the
 * refusals of the window, so that only the first is logged.
 */
public record SubmissionQuota(Policy policy, Instant windowStart, int used, int refusals) {

    /** At most {@code max} submissions per {@code window}. */
    public record Policy(int max, Duration window) {

        public Policy {
            if (max < 1) {
                throw new IllegalArgumentException("max must be at least 1: " + max);
            }
            Objects.requireNonNull(window);
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive: " + window);
            }
        }

        public SubmissionQuota fresh() {
            return new SubmissionQuota(this, null, 0, 0);
        }
    }

    public SubmissionQuota {
        Objects.requireNonNull(policy);
    }

    /** Whether a submission now is refused. */
    public boolean isExhausted(Instant now) {
        return !isStale(now) && used >= policy.max();
    }

    /** How long until a submission is taken again (zero when one is taken now). */
    public Duration retryAfter(Instant now) {
        return isExhausted(now) ? Duration.between(now, windowStart.plus(policy.window())) : Duration.ZERO;
    }

    /** The state after one more submission at {@code now} (a stale window starts afresh). */
    public SubmissionQuota used(Instant now) {
        return isStale(now) ? new SubmissionQuota(policy, now, 1, 0) : new SubmissionQuota(policy, windowStart, used + 1, refusals);
    }

    /** The state after one more refused submission. */
    public SubmissionQuota refused() {
        return new SubmissionQuota(policy, windowStart, used, refusals + 1);
    }

    /** Nothing left to remember: the window has run out. */
    public boolean isForgotten(Instant now) {
        return isStale(now);
    }

    private boolean isStale(Instant now) {
        return windowStart == null || !now.isBefore(windowStart.plus(policy.window()));
    }
}
