package fi.valvonta.ejb.planning;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The entries of adopted plans, read from their frozen JSON once per plan version. An adopted plan's entries never
 * change ({@code InspectionPlan}: frozen at adoption), so they need no {@link fi.valvonta.ejb.platform.DataVersion}:
 * the key is the plan's id and row version, the same on every node. The plan list sums each plan's entries for its
 * totals, so before, every list (each plan page, {@code GET /plans}) read and parsed every adopted plan's JSON (some
 * hundred kB each) again. At most {@value #CAPACITY} plan versions, the least recently read dropped first.
 */
@ApplicationScoped
public class FrozenEntries {

    static final int CAPACITY = 64;

    private final Map<List<Object>, List<PlanEntryView>> entries = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, List<PlanEntryView>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The entries of plan {@code id} at row version {@code version}; read once if missing (none: {@code null}, not kept). */
    public List<PlanEntryView> of(long id, long version, Supplier<List<PlanEntryView>> read) {
        List<Object> key = List.of(id, version);
        synchronized (entries) {
            List<PlanEntryView> known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        List<PlanEntryView> parsed = read.get(); // outside the lock: two first readers may both parse, to equal lists
        if (parsed != null) {
            synchronized (entries) {
                entries.putIfAbsent(key, parsed);
            }
        }
        return parsed;
    }
}
