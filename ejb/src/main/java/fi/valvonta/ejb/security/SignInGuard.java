package fi.valvonta.ejb.security;

import fi.valvonta.model.security.SignInThrottle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The failed sign-ins of this server process, per user name and per client address, and the locks they
 * lead to ({@link SignInThrottle}). Held in memory: a restart forgets them, and each node of a cluster
 * counts its own.
 */
public final class SignInGuard {

    /** How many keys of one kind are remembered at most; beyond that, the forgotten ones are dropped. */
    static final int MAX_KEYS = 100_000;

    private final SignInThrottle.Policy userPolicy;
    private final SignInThrottle.Policy clientPolicy;
    private final Clock clock;
    private final Map<String, SignInThrottle> users = new ConcurrentHashMap<>();
    private final Map<String, SignInThrottle> clients = new ConcurrentHashMap<>();

    /** The state of an attempt before the password is looked at. */
    public record Check(boolean locked, Duration retryAfter) {
    }

    /** What a failure led to: {@code lockedNow} when this failure locked the user name or the client. */
    public record Failure(boolean locked, boolean lockedNow, Duration retryAfter) {
    }

    public SignInGuard(SignInThrottle.Policy userPolicy, SignInThrottle.Policy clientPolicy, Clock clock) {
        this.userPolicy = Objects.requireNonNull(userPolicy);
        this.clientPolicy = Objects.requireNonNull(clientPolicy);
        this.clock = Objects.requireNonNull(clock);
    }

    public Check check(String username, String client) {
        Instant now = clock.instant();
        SignInThrottle u = users.getOrDefault(userKey(username), userPolicy.fresh());
        SignInThrottle c = clients.getOrDefault(clientKey(client), clientPolicy.fresh());
        Duration wait = max(u.retryAfter(now), c.retryAfter(now));
        return new Check(u.isLocked(now) || c.isLocked(now), wait);
    }

    public Failure failed(String username, String client) {
        Instant now = clock.instant();
        SignInThrottle[] before = new SignInThrottle[2];
        SignInThrottle u = users.compute(userKey(username), (k, t) -> {
            before[0] = t == null ? userPolicy.fresh() : t;
            return before[0].failed(now);
        });
        SignInThrottle c = clients.compute(clientKey(client), (k, t) -> {
            before[1] = t == null ? clientPolicy.fresh() : t;
            return before[1].failed(now);
        });
        prune(users, now);
        prune(clients, now);
        boolean lockedNow = u.lockedBy(before[0], now) || c.lockedBy(before[1], now);
        return new Failure(u.isLocked(now) || c.isLocked(now), lockedNow, max(u.retryAfter(now), c.retryAfter(now)));
    }

    /** A success clears the failures of the user name and of the client. */
    public void succeeded(String username, String client) {
        users.remove(userKey(username));
        clients.remove(clientKey(client));
    }

    private static void prune(Map<String, SignInThrottle> map, Instant now) {
        if (map.size() > MAX_KEYS) {
            map.values().removeIf(t -> t.isForgotten(now));
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String userKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static String clientKey(String client) {
        return client == null ? "" : client;
    }
}
