package fi.valvonta.web.api.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The application's time, for any signed-in user: what "today" is for deadlines and case numbers.
 * Under a controlled clock (demo and test mode) it differs from the wall clock; test fixtures derive
 * their dates from it.
 */
@Path("clock")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ClockResource {

    public record Time(Instant now, LocalDate today, String zone) {
    }

    @Inject
    Clock clock;

    @GET
    public Time now() {
        return new Time(clock.instant(), LocalDate.now(clock), clock.getZone().getId());
    }
}
