package fi.valvonta.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What the session remembers of a form sign-in. {@code passwordChangeRequired}: every page but the
 * change-password page leads there until the user has chosen a password of their own. {@code signedInAt}
 * (epoch milliseconds) bounds the session's absolute lifetime.
 */
record SignedInUser(String username, Set<String> roles, boolean passwordChangeRequired, long signedInAt)
        implements Serializable {

    SignedInUser passwordChanged() {
        return new SignedInUser(username, roles, false, signedInAt);
    }

    /** Whether the session has outlived its absolute lifetime (at {@code nowMillis}, epoch milliseconds). */
    boolean isExpired(long nowMillis, java.time.Duration lifetime) {
        return nowMillis - signedInAt >= lifetime.toMillis();
    }

    SignedInUser withRoles(Set<String> newRoles) {
        return new SignedInUser(username, Set.copyOf(newRoles), passwordChangeRequired, signedInAt);
    }
}
