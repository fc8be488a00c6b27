package fi.valvonta.model.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A case number taken from its diary's counter for one registration, before the registration's own transaction:
 * the registration claims it as it commits, or gives it back when it fails, and the next registration of that
 * prefix and year takes a number given back before a new one, so the diary stays gap-free. {@code token} tells
 * this reservation from a later one of the same number.
 */
public record CaseNumberReservation(CaseNumber number, String token) {

    /**
     * A reservation neither claimed nor given back this long after it was made is abandoned (its server stopped
     * mid-registration) and its number is given to the next registration: twice the application server's
     * transaction timeout (300 s), after which the registration it was made for can no longer commit.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    public CaseNumberReservation {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(token, "token");
    }

    /** A new reservation of {@code number}. */
    public static CaseNumberReservation of(CaseNumber number) {
        return new CaseNumberReservation(number, UUID.randomUUID().toString());
    }

    /** Reservations made before this instant and still neither claimed nor given back are abandoned at {@code now}. */
    public static Instant abandonedBefore(Instant now) {
        return now.minus(ABANDONED_AFTER);
    }
}
