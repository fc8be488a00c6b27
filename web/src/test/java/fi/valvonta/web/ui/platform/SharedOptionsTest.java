package fi.valvonta.web.ui.platform;

import jakarta.faces.model.SelectItem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class SharedOptionsTest {

    private final SharedOptions shared = new SharedOptions();
    private final AtomicInteger made = new AtomicInteger();

    private SelectItem option(String name) {
        made.incrementAndGet();
        return new SelectItem(name.length(), name);
    }

    @Test
    void theSameListInTheSameLanguageHasItsOptionsMadeOnceForEveryView() {
        List<String> entities = List.of("Espoo", "Vantaa");
        List<SelectItem> first = shared.of(entities, "fi", this::option);
        List<SelectItem> second = shared.of(entities, "fi", this::option);
        assertSame(first, second);
        assertEquals(2, made.get(), "each option made once");
        assertEquals(List.of("Espoo", "Vantaa"), first.stream().map(SelectItem::getLabel).toList());
    }

    @Test
    void anotherLanguageOrAChangedListHasOptionsOfItsOwn() {
        List<String> entities = List.of("Espoo", "Vantaa");
        List<SelectItem> finnish = shared.of(entities, "fi", this::option);
        assertNotSame(finnish, shared.of(entities, "sv", this::option), "by language");
        // after a change of the data the registry hands out a new list: equal content is not the same list
        List<String> changed = new ArrayList<>(entities);
        assertNotSame(finnish, shared.of(changed, "fi", this::option), "by identity, not equality");
        assertEquals(6, made.get());
    }
}
