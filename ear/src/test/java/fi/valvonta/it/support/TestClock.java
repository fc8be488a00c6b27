package fi.valvonta.it.support;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The application's "today" and "now", read from the server ({@code GET /clock}), so that test
 * fixtures follow a controlled clock ({@code -Dvalvonta.clock.fixed=…}) as the server does, never the
 * test machine's calendar.
 */
public final class TestClock {

    private TestClock() {
    }

    /** The server's Finnish date now. */
    public static LocalDate today() {
        return LocalDate.parse(read().getString("today"));
    }

    public static Instant now() {
        return Instant.parse(read().getString("now"));
    }

    private static jakarta.json.JsonObject read() {
        Api.Reply r = Api.as("auditor").get("/clock");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }
}
