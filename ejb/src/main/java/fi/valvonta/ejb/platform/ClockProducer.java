package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: dates are Finnish dates, instants are UTC. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    // pseudo-scope: a record (final) cannot be proxied by a normal scope
    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(FINLAND);
    }
}
