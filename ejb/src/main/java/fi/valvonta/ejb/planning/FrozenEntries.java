package fi.valvonta.ejb.planning;

import fi.valvonta.ejb.platform.RecentValues;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
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

    private final RecentValues<List<Object>, List<PlanEntryView>> entries = new RecentValues<>(CAPACITY);

    /** The entries of plan {@code id} at row version {@code version}; read once if missing (none: {@code null}, not kept). */
    public List<PlanEntryView> of(long id, long version, Supplier<List<PlanEntryView>> read) {
        return entries.get(List.of(id, version), read);
    }
}
