package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.platform.SameFigures;
import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.model.platform.Dimension;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import fi.valvonta.web.ui.platform.Formats;
import fi.valvonta.web.ui.platform.UiMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan page's heatmap (every entity × dimension), its cells' text and colour worked out once per computed plan
 * and language ({@link SameFigures}: the same rows, and so the same markup, while the plan's figures stay the same)
 * and written by {@link HeatmapRows}. Request-scoped, so the rows are not kept in the session with the view.
 */
@Named
@RequestScoped
public class PlanHeatmap {

    @Inject
    PlanBean plan;

    private static final List<Dimension> DIMENSIONS = List.of(Dimension.values());

    /** Rows of the last computed plans shown, per language: a plan and three languages, and some change. */
    private static final SameFigures<List<Row>> ROWS = new SameFigures<>(12);

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            List<PlanEntryView> entries = plan.getEntries();
            Locale locale = UiMessages.locale();
            rows = ROWS.get(entries, locale, () -> rowsOf(entries, locale));
        }
        return rows;
    }

    static List<Row> rowsOf(List<PlanEntryView> entries, Locale locale) {
        // one formatter for the thousand cells, the same as PlanBean#format (String.format per cell was a tenth of the page)
        Formats.OneDecimal oneDecimal = Formats.oneDecimal(locale);
        double max = entries.stream().flatMap(e -> e.dimensions().stream())
                .mapToDouble(PlanEntryView.DimensionView::weightedScore).max().orElse(1);
        return entries.stream().map(e -> row(e, max, oneDecimal)).toList();
    }

    private static Row row(PlanEntryView entry, double max, Formats.OneDecimal oneDecimal) {
        List<Cell> cells = new ArrayList<>(DIMENSIONS.size());
        for (Dimension d : DIMENSIONS) {
            double score = entry.score(d);
            cells.add(new Cell(oneDecimal.format(score), heatStyle(score, max)));
        }
        return new Row(entry.name(), cells);
    }

    /** Background of a cell: green (no risk) to red ({@code max}, the plan's highest dimension score). */
    static String heatStyle(double score, double max) {
        double t = Math.min(1, score / (max <= 0 ? 1 : max));
        long hue = Math.round(120 * (1 - t));
        long light = Math.round(88 - 30 * t); // at least 58 %: black text keeps 4.5:1 (WCAG 1.4.3)
        return "background-color: hsl(" + hue + ", 75%, " + light + "%)";
    }

    /** One entity's row: its name and a cell per dimension. */
    public static final class Row {
        private final String name;
        private final List<Cell> cells;

        Row(String name, List<Cell> cells) {
            this.name = name;
            this.cells = cells;
        }

        public String getName() { return name; }
        public List<Cell> getCells() { return cells; }
    }

    /** A cell: the dimension's weighted score as shown, and its background. */
    public static final class Cell {
        private final String text;
        private final String style;

        Cell(String text, String style) {
            this.text = text;
            this.style = style;
        }

        public String getText() { return text; }
        public String getStyle() { return style; }
    }
}
