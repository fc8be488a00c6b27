package fi.valvonta.ejb.security;

import java.time.Duration;
import java.util.Optional;

/**
 * The result of a sign-in attempt. {@code LOCKED}: too many failures of this user name or from this client;
 * the password was not looked at, and the answer is the same whether the user exists or not.
 */
public record SignInOutcome(Status status, Authenticated user, Duration retryAfter) {

    public enum Status { SIGNED_IN, FAILED, LOCKED }

    static SignInOutcome signedIn(Authenticated user) {
        return new SignInOutcome(Status.SIGNED_IN, user, Duration.ZERO);
    }

    static SignInOutcome failed() {
        return new SignInOutcome(Status.FAILED, null, Duration.ZERO);
    }

    static SignInOutcome locked(Duration retryAfter) {
        return new SignInOutcome(Status.LOCKED, null, retryAfter);
    }

    public Optional<Authenticated> signedInUser() {
        return Optional.ofNullable(user);
    }
}
