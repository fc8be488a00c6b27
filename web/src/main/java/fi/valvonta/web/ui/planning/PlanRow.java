package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.web.ui.platform.Formats;
import fi.valvonta.web.ui.platform.UiMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A line of the plan's ranking as the table shows it: its texts made once, when the plan is read, in the view's
 * language. The table's cells only print them (a cell that formatted its total and looked up its band's, inspection's
 * and reason's texts in EL asked the bean container for the page's bean and the bundle, cell by cell).
 */
public record PlanRow(PlanEntryView entry, String band, String total, String inspection, String reason)
        implements Serializable {

    /** The rows of {@code entries}, in their order, in {@code locale}. */
    public static List<PlanRow> of(List<PlanEntryView> entries, Locale locale) {
        Formats.OneDecimal figure = Formats.oneDecimal(locale);
        return entries.stream().map(e -> new PlanRow(e,
                UiMessages.textOr(locale, "plan.band." + e.band(), e.band().name()),
                figure.format(e.totalRisk()),
                e.inspectionType() == null ? UiMessages.textOr(locale, "plan.inspection.none", "-")
                        : UiMessages.textOr(locale, "inspectionType." + e.inspectionType(), e.inspectionType().name()),
                UiMessages.textOr(locale, "plan.reason." + e.reason(), e.reason().name()))).toList();
    }

    public long entityId() {
        return entry.entityId();
    }
}
