package fi.valvonta.ejb.security;

import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialCacheTest {

    static final Authenticated TIINA = new Authenticated("tiina", "Tiina", Set.of(Role.INSPECTOR), false);
    final MutableClock clock = new MutableClock();
    final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), 3, clock);

    @Test
    void onlyTheExactCredentialsAreFound() {
        cache.remember("tiina", "salasana-1", TIINA);
        assertEquals(TIINA, cache.find("tiina", "salasana-1").orElseThrow());
        assertEquals(TIINA, cache.find(" Tiina ", "salasana-1").orElseThrow(), "the user name as the directory reads it");
        assertTrue(cache.find("tiina", "salasana-2").isEmpty());
        assertTrue(cache.find("tiina", "Salasana-1").isEmpty());
        assertTrue(cache.find("tiin", "asalasana-1").isEmpty(), "the boundary of name and password counts");
        assertTrue(cache.find("tiina", null).isEmpty());
    }

    @Test
    void entriesExpire() {
        cache.remember("tiina", "salasana-1", TIINA);
        clock.advance(Duration.ofSeconds(59));
        assertTrue(cache.find("tiina", "salasana-1").isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.find("tiina", "salasana-1").isEmpty());
    }

    @Test
    void forgetDropsEveryEntryOfTheUserOnly() {
        Authenticated other = new Authenticated("tapio", "Tapio", Set.of(Role.INSPECTOR), false);
        cache.remember("tiina", "salasana-1", TIINA);
        cache.remember("tiina", "vanha-salasana", TIINA);
        cache.remember("tapio", "salasana-1", other);
        cache.forget("TIINA");
        assertTrue(cache.find("tiina", "salasana-1").isEmpty());
        assertTrue(cache.find("tiina", "vanha-salasana").isEmpty());
        assertTrue(cache.find("tapio", "salasana-1").isPresent());
    }

    @Test
    void sizeIsBounded() {
        for (int i = 0; i < 10; i++) {
            cache.remember("user" + i, "pw", TIINA);
            assertTrue(cache.size() <= 3, "size " + cache.size());
        }
    }

    @Test
    void aZeroTimeToLiveTurnsCachingOff() {
        CredentialCache off = new CredentialCache(Duration.ZERO, 100, clock);
        assertFalse(off.isEnabled());
        off.remember("tiina", "salasana-1", TIINA);
        assertTrue(off.find("tiina", "salasana-1").isEmpty());
    }
    @Test
    void parallelCallsWithTheSameCredentialsShareOneVerification() throws Exception {
        int callers = 20;
        AtomicInteger verifications = new AtomicInteger();
        CountDownLatch inVerification = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Optional<Authenticated>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> cache.verify("tiina", "salasana-1", () -> {
                    verifications.incrementAndGet();
                    inVerification.countDown();
                    await(release);
                    return Optional.of(TIINA);
                })));
            }
            assertTrue(inVerification.await(10, TimeUnit.SECONDS));
            Thread.sleep(200); // the other callers arrive while the first one verifies
            release.countDown();
            for (Future<Optional<Authenticated>> answer : answers) {
                assertEquals(TIINA, answer.get(10, TimeUnit.SECONDS).orElseThrow());
            }
            assertEquals(1, verifications.get(), "one bcrypt check for all the parallel calls");
            assertEquals(TIINA, cache.find("tiina", "salasana-1").orElseThrow(), "and remembered");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void otherCredentialsAreNotServedByAVerificationInProgressAndAFailureIsNotRemembered() throws Exception {
        CountDownLatch inVerification = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Authenticated>> right = pool.submit(() -> cache.verify("tiina", "salasana-1", () -> {
                inVerification.countDown();
                await(release);
                return Optional.of(TIINA);
            }));
            assertTrue(inVerification.await(10, TimeUnit.SECONDS));
            AtomicInteger wrongChecks = new AtomicInteger();
            assertTrue(cache.verify("tiina", "salasana-2", () -> {
                wrongChecks.incrementAndGet();
                return Optional.empty();
            }).isEmpty(), "a wrong password is checked on its own while the right one is being verified");
            release.countDown();
            assertEquals(TIINA, right.get(10, TimeUnit.SECONDS).orElseThrow());
            cache.verify("tiina", "salasana-2", () -> {
                wrongChecks.incrementAndGet();
                return Optional.empty();
            });
            assertEquals(2, wrongChecks.get(), "each wrong attempt is checked again");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVerificationThatFailsFailsItsWaitersAndTheNextCallTriesAgain() {
        assertThrows(IllegalStateException.class, () -> cache.verify("tiina", "salasana-1", () -> {
            throw new IllegalStateException("directory down");
        }));
        assertEquals(TIINA, cache.verify("tiina", "salasana-1", () -> Optional.of(TIINA)).orElseThrow());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
