package fi.valvonta.ejb.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SameFiguresTest {

    @Test
    void aValueIsDerivedOncePerSourceInstanceAndVariant() {
        SameFigures<String> figures = new SameFigures<>(4);
        AtomicInteger derived = new AtomicInteger();
        List<Integer> plan = List.of(1, 2);
        String fi = figures.get(plan, Locale.forLanguageTag("fi"), () -> "fi" + derived.incrementAndGet());
        assertSame(fi, figures.get(plan, Locale.forLanguageTag("fi"), () -> "fi" + derived.incrementAndGet()));
        assertEquals("sv2", figures.get(plan, Locale.forLanguageTag("sv"), () -> "sv" + derived.incrementAndGet()));
        assertEquals(2, derived.get());
    }

    @Test
    void anEqualButOtherSourceIsDerivedAgain() {
        SameFigures<String> figures = new SameFigures<>(4);
        List<Integer> plan = new ArrayList<>(List.of(1, 2));
        figures.get(plan, null, () -> "first");
        assertEquals("second", figures.get(new ArrayList<>(plan), null, () -> "second"));
    }

    @Test
    void theLeastRecentlyUsedGoesFirstBeyondTheCapacity() {
        SameFigures<String> figures = new SameFigures<>(2);
        Object a = new Object();
        Object b = new Object();
        Object c = new Object();
        figures.get(a, null, () -> "a");
        figures.get(b, null, () -> "b");
        figures.get(a, null, () -> "a again"); // a used: b is now the eldest
        figures.get(c, null, () -> "c");
        assertEquals(2, figures.size());
        assertEquals("a", figures.get(a, null, () -> "a derived again"));
        assertEquals("b derived again", figures.get(b, null, () -> "b derived again"));
    }
}
