package fi.valvonta.ejb.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DerivedCacheTest {

    private final DerivedCache cache = new DerivedCache();
    private final AtomicInteger computations = new AtomicInteger();

    private String compute(String value) {
        computations.incrementAndGet();
        return value;
    }

    @Test
    void aFigureIsComputedOncePerVersionAndKey() {
        assertEquals("a", cache.get(5, "plan", () -> compute("a")));
        assertEquals("a", cache.get(5, "plan", () -> compute("b")));
        assertEquals("s", cache.get(5, "statistics", () -> compute("s")));
        assertEquals(2, computations.get());
    }

    @Test
    void aNewerVersionComputesAgainAndDropsTheOlderFigures() {
        cache.get(5, "plan", () -> compute("old"));
        assertEquals("new", cache.get(6, "plan", () -> compute("new")));
        assertEquals("new", cache.get(6, "plan", () -> compute("again")));
        assertEquals(2, computations.get());
    }

    @Test
    void aReaderOfAnOlderVersionComputesForItselfAndKeepsNothing() {
        cache.get(6, "plan", () -> compute("current"));
        assertEquals("older", cache.get(5, "plan", () -> compute("older")));
        assertEquals("current", cache.get(6, "plan", () -> compute("x")));
        assertEquals(2, computations.get());
    }

    @Test
    void aFailedComputationIsNotKept() {
        assertThrows(IllegalStateException.class, () -> cache.get(1, "plan", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("ok", cache.get(1, "plan", () -> compute("ok")));
    }

    @Test
    void concurrentReadersWaitForOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> readers = new ArrayList<>();
            readers.add(pool.submit(() -> cache.get(3, "plan", () -> {
                started.countDown();
                await(release);
                return compute("draft");
            })));
            started.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                readers.add(pool.submit(() -> cache.get(3, "plan", () -> compute("another"))));
            }
            release.countDown();
            for (Future<String> r : readers) {
                assertEquals("draft", r.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, computations.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
