package fi.valvonta.ejb.planning;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class FrozenEntriesTest {

    private final FrozenEntries frozen = new FrozenEntries();
    private final AtomicInteger reads = new AtomicInteger();

    private List<PlanEntryView> read() {
        reads.incrementAndGet();
        return List.of();
    }

    @Test
    void aPlanVersionsEntriesAreReadOnceAndAnotherVersionsAgain() {
        List<PlanEntryView> first = frozen.of(7, 3, this::read);
        assertSame(first, frozen.of(7, 3, this::read));
        assertEquals(1, reads.get(), "parsed once for plan 7 at version 3");
        frozen.of(7, 4, this::read);
        frozen.of(8, 3, this::read);
        assertEquals(3, reads.get(), "another row version, another plan: read again");
    }

    @Test
    void nothingReadIsNotKeptAndTheLeastRecentlyReadGoFirst() {
        assertNull(frozen.of(1, 1, () -> null));
        assertEquals(List.of(), frozen.of(1, 1, this::read), "no entries were kept for it");
        for (long id = 2; id <= FrozenEntries.CAPACITY + 1; id++) {
            frozen.of(id, 1, this::read);
        }
        int before = reads.get();
        frozen.of(FrozenEntries.CAPACITY + 1, 1, this::read);
        assertEquals(before, reads.get(), "the newest still kept");
        frozen.of(1, 1, this::read);
        assertEquals(before + 1, reads.get(), "the eldest dropped beyond the capacity");
    }
}
