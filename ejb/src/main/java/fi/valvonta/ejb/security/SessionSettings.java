package fi.valvonta.ejb.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How long a signed-in UI session lasts (MicroProfile Config). */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "valvonta.session.idle-timeout", defaultValue = "PT30M")
    String idleTimeout;

    @Inject
    @ConfigProperty(name = "valvonta.session.absolute-lifetime", defaultValue = "PT8H")
    String absoluteLifetime;

    /** A session ends after this much time without a request. */
    public Duration idleTimeout() {
        return Duration.parse(idleTimeout);
    }

    /** A session ends this long after sign-in, however active it is. */
    public Duration absoluteLifetime() {
        return Duration.parse(absoluteLifetime);
    }
}
