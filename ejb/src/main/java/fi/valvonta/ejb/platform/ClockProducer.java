package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: dates are Finnish dates, instants are UTC. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(FINLAND);
    }
}
