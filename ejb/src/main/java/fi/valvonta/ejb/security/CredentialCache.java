package fi.valvonta.ejb.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Credentials that passed bcrypt, remembered briefly so that an API client sending HTTP Basic on every
 * call does not pay a bcrypt check each time. The key is an HMAC-SHA-256 of user name and password under a
 * secret drawn at random when the process starts: neither the password nor a hash that could be attacked
 * offline outside this process is kept. {@link #forget(String)} drops every entry of a user (password
 * change, deactivation, role change); an entry also expires after {@code ttl}, which bounds how long a
 * change made on another server node goes unnoticed here.
 */
public final class CredentialCache {

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final SecretKeySpec secret;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<Authenticated>>> verifying = new ConcurrentHashMap<>();

    private record Entry(Authenticated user, Instant expires) {
    }

    public CredentialCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = Objects.requireNonNull(ttl);
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Whether caching is on (a zero time to live turns it off). */
    public boolean isEnabled() {
        return !ttl.isZero() && !ttl.isNegative() && maxEntries > 0;
    }

    /** The user these exact credentials verified as, if they did so within the time to live. */
    public Optional<Authenticated> find(String username, String password) {
        if (!isEnabled() || username == null || password == null) {
            return Optional.empty();
        }
        return remembered(key(username, password));
    }

    private Optional<Authenticated> remembered(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.user());
    }

    /**
     * The user these credentials verify as: remembered, or verified now by {@code verify} (bcrypt against the
     * directory) and remembered if they pass. Requests that bring the same credentials while they are being verified
     * wait for that one verification and share its outcome. When an entry expired, every API client's next calls
     * missed at once: 50 parallel calls of one client ran 50 bcrypt checks side by side, each ~50 ms of CPU with a
     * database connection held, and for more than a second every other request waited for a connection (thread
     * dump: most workers parked on the connection pool, the rest in bcrypt). A failed verification is not
     * remembered: each later attempt is checked again.
     */
    public Optional<Authenticated> verify(String username, String password, Supplier<Optional<Authenticated>> verify) {
        if (!isEnabled() || username == null || password == null) {
            return verify.get();
        }
        String key = key(username, password);
        Optional<Authenticated> known = remembered(key);
        if (known.isPresent()) {
            return known;
        }
        CompletableFuture<Optional<Authenticated>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Authenticated>> running = verifying.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Optional<Authenticated> user = verify.get();
            user.ifPresent(u -> remember(username, password, u));
            mine.complete(user);
            return user;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            verifying.remove(key, mine);
        }
    }

    /** Remembers credentials bcrypt has just verified. */
    public void remember(String username, String password, Authenticated user) {
        if (!isEnabled()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(username, password), new Entry(user, now.plus(ttl)));
    }

    /** Drops every remembered credential of the user: the next call is checked against the database. */
    public void forget(String username) {
        if (username != null) {
            String name = normalise(username);
            entries.values().removeIf(e -> normalise(e.user().username()).equals(name));
        }
    }

    public int size() {
        return entries.size();
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] user = normalise(username).getBytes(StandardCharsets.UTF_8);
            byte[] pass = password.getBytes(StandardCharsets.UTF_8);
            // length-prefixed, so "a" + "b:c" and "a:b" + "c" never meet
            mac.update(Integer.toString(user.length).getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) ':');
            mac.update(user);
            mac.update(pass);
            byte[] digest = mac.doFinal();
            Arrays.fill(pass, (byte) 0);
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
