package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.ejb.platform.RecentValues;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/**
 * The ranking's lines of a plan's entries in a language, made once for all views. The planning service hands out one
 * list of entries per computed draft or frozen plan version, so the same list in the same language has the same lines:
 * the views of a plan share them instead of each keeping its own copy (fifty users' views kept ~150 000 lines).
 */
@ApplicationScoped
public class PlanRows {

    /** A list of entries by identity (not by its equal contents, which would compare every entry) and a language. */
    private record Key(Identity entries, String language) {
    }

    private record Identity(List<PlanEntryView> list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }

    private final RecentValues<Key, List<PlanRow>> rows = new RecentValues<>(24);

    public List<PlanRow> of(List<PlanEntryView> entries, Locale locale) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return rows.get(new Key(new Identity(entries), locale.getLanguage()), () -> PlanRow.of(entries, locale));
    }
}
