package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.ejb.platform.SameFigures;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/**
 * The ranking's lines of a plan's entries in a language, made once for all views. The planning service hands out one
 * list of entries per computed draft or frozen plan version, so the same list in the same language has the same lines
 * ({@link SameFigures}: by the list's identity): the views of a plan share them instead of each keeping its own copy
 * (fifty users' views kept ~150 000 lines).
 */
@ApplicationScoped
public class PlanRows {

    private final SameFigures<List<PlanRow>> rows = new SameFigures<>(24);

    public List<PlanRow> of(List<PlanEntryView> entries, Locale locale) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return rows.get(entries, locale.getLanguage(), () -> PlanRow.of(entries, locale));
    }
}
