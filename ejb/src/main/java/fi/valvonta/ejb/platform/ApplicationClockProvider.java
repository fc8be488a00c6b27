package fi.valvonta.ejb.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}) is the application's clock, so a
 * controlled clock moves it too (META-INF/validation.xml of the EJB module, WEB-INF/validation.xml of the web module).
 */
public class ApplicationClockProvider implements ClockProvider {

    @Override
    public Clock getClock() {
        return CDI.current().select(Clock.class).get();
    }
}
