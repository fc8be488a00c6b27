package fi.valvonta.ejb.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters of the measure list: a work queue, a supervised entity, and {@code mine}: measures the caller
 * handles, those they present or, before one is presented, drafted.
 */
public record MeasureQuery(MeasureInbox inbox, Long entityId, boolean mine) {

    public static MeasureQuery inbox(MeasureInbox inbox) {
        return new MeasureQuery(inbox, null, false);
    }

    public static MeasureQuery ofEntity(long entityId) {
        return new MeasureQuery(null, entityId, false);
    }

    public MeasureQuery mineOnly() {
        return new MeasureQuery(inbox, entityId, true);
    }

    /** Some filter is set: the whole register is not listed at once. */
    public boolean isFiltered() {
        return inbox != null || entityId != null || mine;
    }

    /** The filters as the query parameters of {@code GET /measures} and of the measures page, those set only. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (inbox != null) {
            p.put("inbox", inbox.name());
        }
        if (entityId != null) {
            p.put("entity", entityId.toString());
        }
        if (mine) {
            p.put("mine", "true");
        }
        return Collections.unmodifiableMap(p);
    }
}
