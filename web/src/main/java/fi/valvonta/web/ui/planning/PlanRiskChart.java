package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.platform.SameFigures;
import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.web.ui.platform.Formats;
import fi.valvonta.web.ui.platform.UiMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/**
 * The plan page's risk-against-capacity chart: a bar for each of the highest risks, its width the entity's total
 * risk against the plan's highest, in the plan or out of it, worked out once per computed plan and language
 * ({@link SameFigures}, as the heatmap) and written by {@link RiskBars}. Request-scoped, so the bars are not kept in
 * the session with the view.
 */
@Named
@RequestScoped
public class PlanRiskChart {

    @Inject
    PlanBean plan;

    private static final SameFigures<List<Bar>> BARS = new SameFigures<>(12);

    private List<Bar> bars;

    public List<Bar> getBars() {
        if (bars == null) {
            List<PlanEntryView> entries = plan.getEntries();
            Locale locale = UiMessages.locale();
            bars = BARS.get(entries, locale, () -> barsOf(entries, plan.getChartEntries(), locale));
        }
        return bars;
    }

    static List<Bar> barsOf(List<PlanEntryView> entries, List<PlanEntryView> charted, Locale locale) {
        Formats.OneDecimal oneDecimal = Formats.oneDecimal(locale);
        double max = entries.isEmpty() ? 1 : Math.max(entries.get(0).totalRisk(), 1e-9);
        return charted.stream().map(e -> bar(e, max, oneDecimal)).toList();
    }

    static Bar bar(PlanEntryView e, double max, Formats.OneDecimal oneDecimal) {
        return new Bar(e.rank() + ". " + e.name(),
                "risk-bar " + (e.isSelected() ? "in-plan" : "out") + " band-" + e.band().name(),
                "width: " + String.format(Locale.ROOT, "%.1f", 100 * e.totalRisk() / max) + "%",
                oneDecimal.format(e.totalRisk()));
    }

    /** One bar: the entity's rank and name, the bar's classes and width, and the total risk as shown on it. */
    public record Bar(String label, String styleClass, String style, String text) {
    }
}
