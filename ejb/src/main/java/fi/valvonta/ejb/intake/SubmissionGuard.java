package fi.valvonta.ejb.intake;

import fi.valvonta.model.security.SubmissionQuota;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The complaints each client address has sent through the public e-service in its current window
 * ({@link SubmissionQuota}), as {@link fi.valvonta.ejb.security.SignInGuard} keeps failed sign-ins: in this
 * server's memory (a restart forgets them; each cluster node counts its own), measured in real elapsed time,
 * not the application's calendar clock. Only complaints taken count (and trap-filled ones, which look taken):
 * a submission refused for its content costs nothing.
 */
@ApplicationScoped
public class SubmissionGuard {

    /** How many client addresses are remembered at most; beyond that, those whose window ran out are dropped. */
    static final int MAX_KEYS = 100_000;

    @Inject
    PublicComplaintSettings settings;

    private SubmissionQuota.Policy policy;
    private Clock clock;
    private final Map<String, SubmissionQuota> clients = new ConcurrentHashMap<>();

    /** A refusal: how long to wait, and whether it is the client's first in this window (logged once). */
    public record Refusal(Duration retryAfter, boolean first) {
    }

    @PostConstruct
    void init() {
        policy = settings.quota();
        clock = Clock.systemUTC();
    }

    /** For tests: a guard with its own policy and clock. */
    static SubmissionGuard of(SubmissionQuota.Policy policy, Clock clock) {
        SubmissionGuard g = new SubmissionGuard();
        g.policy = Objects.requireNonNull(policy);
        g.clock = Objects.requireNonNull(clock);
        return g;
    }

    /** Whether {@code client} may send now; a refusal is remembered, to log only the first of a window. */
    public Optional<Refusal> check(String client) {
        Instant now = clock.instant();
        Refusal[] refusal = new Refusal[1];
        clients.computeIfPresent(key(client), (k, q) -> {
            if (q.isExhausted(now)) {
                refusal[0] = new Refusal(q.retryAfter(now), q.refusals() == 0);
                return q.refused();
            }
            return q;
        });
        return Optional.ofNullable(refusal[0]);
    }

    /** {@code client} sent one complaint now. */
    public void taken(String client) {
        Instant now = clock.instant();
        clients.compute(key(client), (k, q) -> (q == null ? policy.fresh() : q).used(now));
        if (clients.size() > MAX_KEYS) {
            clients.values().removeIf(q -> q.isForgotten(now));
        }
    }

    private static String key(String client) {
        return client == null ? "" : client;
    }
}
