package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CaseNumberReservationTest {

    private static final CaseNumber NUMBER = CaseNumber.of("LVV", 12, 2026);

    @Test
    void eachReservationOfANumberHasItsOwnToken() {
        CaseNumberReservation first = CaseNumberReservation.of(NUMBER);
        CaseNumberReservation second = CaseNumberReservation.of(NUMBER);
        assertEquals(first.number(), second.number());
        assertNotEquals(first.token(), second.token());
        assertNotEquals(first, second);
    }

    @Test
    void abandonedAfterTwiceTheTransactionTimeout() {
        Duration transactionTimeout = Duration.ofSeconds(300);
        assertEquals(transactionTimeout.multipliedBy(2), CaseNumberReservation.ABANDONED_AFTER);
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        assertEquals(Instant.parse("2026-12-03T11:50:00Z"), CaseNumberReservation.abandonedBefore(now));
    }

    @Test
    void numberAndTokenRequired() {
        assertThrows(NullPointerException.class, () -> new CaseNumberReservation(null, "t"));
        assertThrows(NullPointerException.class, () -> new CaseNumberReservation(NUMBER, null));
    }
}
