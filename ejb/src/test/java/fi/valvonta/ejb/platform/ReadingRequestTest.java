package fi.valvonta.ejb.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadingRequestTest {

    /** The database's version: each reading counted, and the version moved on by every reading. */
    private final AtomicLong readings = new AtomicLong();

    private long database() {
        return readings.incrementAndGet() * 10;
    }

    @Test
    void outsideARequestEveryReadingGoesToTheDatabase() {
        assertEquals(10, ReadingRequest.version(this::database));
        assertEquals(20, ReadingRequest.version(this::database));
        assertEquals(2, readings.get());
    }

    @Test
    void withinARequestTheFirstReadingIsSharedByTheLaterOnes() {
        try (ReadingRequest ignored = ReadingRequest.open()) {
            assertEquals(10, ReadingRequest.version(this::database));
            assertEquals(10, ReadingRequest.version(this::database));
            assertEquals(10, ReadingRequest.version(this::database));
        }
        assertEquals(1, readings.get());
        assertEquals(20, ReadingRequest.version(this::database), "closed: the database again");
    }

    @Test
    void aChangeOfTheRequestSendsItsLaterReadingsToTheDatabase() {
        try (ReadingRequest ignored = ReadingRequest.open()) {
            assertEquals(10, ReadingRequest.version(this::database));
            ReadingRequest.changed();
            assertEquals(20, ReadingRequest.version(this::database));
            assertEquals(30, ReadingRequest.version(this::database));
        }
        try (ReadingRequest ignored = ReadingRequest.open()) {
            assertEquals(40, ReadingRequest.version(this::database), "the next request shares again");
            assertEquals(40, ReadingRequest.version(this::database));
        }
    }

    @Test
    void aChangeOutsideARequestChangesNothing() {
        ReadingRequest.changed();
        try (ReadingRequest ignored = ReadingRequest.open()) {
            assertEquals(10, ReadingRequest.version(this::database));
            assertEquals(10, ReadingRequest.version(this::database));
        }
    }

    @Test
    void aNestedRequestHasItsOwnReadingAndTheOuterOneResumes() {
        try (ReadingRequest ignored = ReadingRequest.open()) {
            assertEquals(10, ReadingRequest.version(this::database));
            try (ReadingRequest nested = ReadingRequest.open()) {
                assertEquals(20, ReadingRequest.version(this::database));
                ReadingRequest.changed();
            }
            assertEquals(10, ReadingRequest.version(this::database), "the outer request's reading, unchanged");
        }
    }

    @Test
    void eachThreadHasItsOwnRequest() throws Exception {
        try (ReadingRequest ignored = ReadingRequest.open()) {
            assertEquals(10, ReadingRequest.version(this::database));
            long[] other = new long[2];
            Thread t = new Thread(() -> {
                other[0] = ReadingRequest.version(this::database);
                other[1] = ReadingRequest.version(this::database);
            });
            t.start();
            t.join();
            assertArrayEquals(new long[] {20, 30}, other);
        }
    }
}
