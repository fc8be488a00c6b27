package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.platform.SameFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;

import java.util.List;
import java.util.function.Function;

/**
 * A selection list's options made once for every view that shows the same list. The registry's lists come from
 * {@link fi.valvonta.ejb.platform.DerivedCache} as one instance until the data changes, so the options made from that
 * instance in one language are the same for all views: each view keeps a reference to them instead of options of its
 * own (before, 50 users' 25 views each held ~190 options a list page: 240 000 in the heap, collected only in full).
 */
@ApplicationScoped
public class SharedOptions {

    private final SameFigures<List<SelectItem>> lists = new SameFigures<>(32);

    /** The options of {@code source} (by identity) in {@code variant} (a language), made by {@code option} if missing. */
    public <T> List<SelectItem> of(List<T> source, String variant, Function<T, SelectItem> option) {
        return lists.get(source, variant, () -> source.stream().map(option).toList());
    }
}
