package fi.valvonta.ejb.security;

import fi.valvonta.model.security.SecurityEventKind;
import fi.valvonta.model.security.SignInThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Every sign-in, by the login form or by HTTP Basic: the lockout check first ({@link SignInGuard}), then
 * the credential cache (API calls only), then bcrypt. Failures and locks go to the {@link SecurityLog}.
 * Lockouts and the cache measure real elapsed time, not the application's calendar clock.
 */
@ApplicationScoped
public class Authentication {

    @Inject
    UserDirectory users;

    @Inject
    SecurityLog log;

    @Inject
    @ConfigProperty(name = "valvonta.security.lockout.user.threshold", defaultValue = "5")
    int userThreshold;

    @Inject
    @ConfigProperty(name = "valvonta.security.lockout.user.duration", defaultValue = "PT5M")
    String userDuration;

    @Inject
    @ConfigProperty(name = "valvonta.security.lockout.user.max", defaultValue = "PT1H")
    String userMax;

    @Inject
    @ConfigProperty(name = "valvonta.security.lockout.client.threshold", defaultValue = "50")
    int clientThreshold;

    @Inject
    @ConfigProperty(name = "valvonta.security.lockout.client.duration", defaultValue = "PT5M")
    String clientDuration;

    @Inject
    @ConfigProperty(name = "valvonta.security.lockout.client.max", defaultValue = "PT1H")
    String clientMax;

    @Inject
    @ConfigProperty(name = "valvonta.security.lockout.window", defaultValue = "PT15M")
    String window;

    @Inject
    @ConfigProperty(name = "valvonta.security.credential-cache.ttl", defaultValue = "PT60S")
    String cacheTtl;

    @Inject
    @ConfigProperty(name = "valvonta.security.credential-cache.max-entries", defaultValue = "10000")
    int cacheMaxEntries;

    private SignInGuard guard;
    private CredentialCache cache;

    @PostConstruct
    void init() {
        Clock elapsed = Clock.systemUTC();
        Duration w = Duration.parse(window);
        guard = new SignInGuard(
                new SignInThrottle.Policy(userThreshold, Duration.parse(userDuration), Duration.parse(userMax), w),
                new SignInThrottle.Policy(clientThreshold, Duration.parse(clientDuration), Duration.parse(clientMax), w),
                elapsed);
        cache = new CredentialCache(Duration.parse(cacheTtl), cacheMaxEntries, elapsed);
    }

    /**
     * Signs in {@code username} from {@code client} ("form" or "basic" in {@code channel}). {@code cached}:
     * credentials verified within the cache's time to live are taken without bcrypt (HTTP Basic, sent on
     * every API call).
     */
    public SignInOutcome signIn(String username, String password, String client, String channel, boolean cached) {
        SignInGuard.Check check = guard.check(username, client);
        if (check.locked()) {
            log.record(SecurityEventKind.SIGN_IN_REFUSED_LOCKED, username, client, channel);
            return SignInOutcome.locked(check.retryAfter());
        }
        Optional<Authenticated> user = cached
                ? cache.verify(username, password, () -> users.authenticate(username, password))
                : users.authenticate(username, password);
        if (user.isPresent()) {
            guard.succeeded(username, client);
            return SignInOutcome.signedIn(user.get());
        }
        SignInGuard.Failure failure = guard.failed(username, client);
        log.record(SecurityEventKind.SIGN_IN_FAILED, username, client, channel);
        if (failure.lockedNow()) {
            log.record(SecurityEventKind.LOCKED_OUT, username, client,
                    channel + ", locked for " + failure.retryAfter().toSeconds() + " s");
        }
        return failure.locked() ? SignInOutcome.locked(failure.retryAfter()) : SignInOutcome.failed();
    }

    /** Drops the cached credentials of a user whose password, roles or status changed. */
    public void forget(String username) {
        cache.forget(username);
    }
}
