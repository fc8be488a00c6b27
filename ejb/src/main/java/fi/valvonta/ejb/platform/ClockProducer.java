package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.ClockSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one clock of the application: dates are Finnish dates, instants are UTC. Every "today" of
 * services, timers and beans is {@code LocalDate.now(clock)} of this clock. In demo mode (which the
 * test server runs in) {@code valvonta.clock.fixed} or {@code valvonta.clock.start} set it
 * (see {@link ClockSetting}); without demo mode they are ignored, with a warning.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId FINLAND = ClockSetting.FINLAND;

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "valvonta.clock.fixed")
    Optional<String> fixed;

    @Inject
    @ConfigProperty(name = "valvonta.clock.start")
    Optional<String> start;

    @Inject
    DemoMode demo;

    // pseudo-scope: a Clock is not proxyable by a normal scope
    @Produces
    @Singleton
    Clock clock() {
        ClockSetting setting = ClockSetting.of(fixed, start);
        if (setting.isControlled() && !demo.isEnabled()) {
            LOG.warning("valvonta.clock.* is honoured in demo mode only; using the system clock");
            setting = ClockSetting.SYSTEM;
        }
        Clock clock = setting.clock(Clock.systemUTC());
        if (setting.isControlled()) {
            ClockSetting s = setting;
            LOG.warning(() -> "CONTROLLED CLOCK (" + s.kind() + "): the application's time is " + clock.instant());
        }
        return clock;
    }
}
