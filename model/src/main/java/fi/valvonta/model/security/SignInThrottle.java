package fi.valvonta.model.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The backoff after failed sign-ins, for one key (a user name, or a client address). Only failures count,
 * and a success clears them. From the {@code threshold}th failure in a row the key is locked: first for
 * {@code lockout}, and each further failure after a lock has run out doubles it, up to {@code maxLockout}.
 * Failures older than {@code window} are forgotten. A locked key is refused before its password is looked at,
 * the same whether the user exists or not, so a lock says nothing about which user names exist.
 * Immutable: each event returns the next state.
 */
public record SignInThrottle(Policy policy, int failures, Instant lastFailure, Instant lockedUntil) {

    /** Thresholds and durations of one kind of key. */
    public record Policy(int threshold, Duration lockout, Duration maxLockout, Duration window) {

        public Policy {
            if (threshold < 1) {
                throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
            }
            Objects.requireNonNull(lockout);
            Objects.requireNonNull(window);
            if (lockout.isNegative() || lockout.isZero() || maxLockout.compareTo(lockout) < 0) {
                throw new IllegalArgumentException("lockout must be positive and at most maxLockout");
            }
        }

        public SignInThrottle fresh() {
            return new SignInThrottle(this, 0, null, null);
        }
    }

    public SignInThrottle {
        Objects.requireNonNull(policy);
    }

    /** Whether an attempt now is refused without looking at the password. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long until the next attempt is looked at (zero when not locked). */
    public Duration retryAfter(Instant now) {
        return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** The state after one more failed attempt at {@code now}. */
    public SignInThrottle failed(Instant now) {
        int count = isStale(now) ? 1 : failures + 1;
        Instant until = lockedUntil;
        if (count >= policy.threshold()) {
            until = now.plus(lockFor(count - policy.threshold()));
        }
        return new SignInThrottle(policy, count, now, until);
    }

    /** Whether this failure locked the key (it was not locked just before). */
    public boolean lockedBy(SignInThrottle before, Instant now) {
        return isLocked(now) && !before.isLocked(now);
    }

    /** A success clears the failures. */
    public SignInThrottle succeeded() {
        return policy.fresh();
    }

    /** Nothing left to remember: no failure within the window and no lock running. */
    public boolean isForgotten(Instant now) {
        return failures == 0 || isStale(now);
    }

    private boolean isStale(Instant now) {
        return lastFailure == null
                || (!isLocked(now) && Duration.between(lastFailure, now).compareTo(policy.window()) > 0);
    }

    private Duration lockFor(int doublings) {
        Duration d = policy.lockout();
        for (int i = 0; i < doublings && d.compareTo(policy.maxLockout()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(policy.maxLockout()) > 0 ? policy.maxLockout() : d;
    }
}
