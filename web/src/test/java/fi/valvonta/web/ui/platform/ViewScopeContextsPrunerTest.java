package fi.valvonta.web.ui.platform;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewScopeContextsPrunerTest {

    @Test
    void theRegistriesOfViewsPushedOutAreDroppedAndTheActiveOnesKept() {
        Map<String, Object> viewMaps = new LinkedHashMap<>();
        viewMaps.put("view-3", Map.of());
        viewMaps.put("view-4", Map.of());
        Map<String, Map<String, Object>> registries = new ConcurrentHashMap<>();
        for (String view : new String[] {"view-1", "view-2", "view-3", "view-4"}) {
            registries.put(view, new ConcurrentHashMap<>(Map.of("bean", view)));
        }

        ViewScopeContextsPruner.prune(viewMaps, registries);

        assertEquals(Map.of("view-3", Map.of("bean", "view-3"), "view-4", Map.of("bean", "view-4")), registries);
    }

    @Test
    void aSessionWithoutViewScopedBeansIsLeftAlone() {
        Map<String, Map<String, Object>> registries = new ConcurrentHashMap<>(Map.of("view-1", Map.of()));
        assertDoesNotThrow(() -> ViewScopeContextsPruner.prune(null, null));
        ViewScopeContextsPruner.prune(null, registries);
        assertEquals(1, registries.size(), "nothing known to be gone");
        assertDoesNotThrow(() -> ViewScopeContextsPruner.prune(Map.of("view-1", Map.of()), null));
    }
}
