package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.model.platform.Dimension;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import fi.valvonta.web.ui.platform.Formats;
import fi.valvonta.web.ui.platform.UiMessages;

import java.util.Arrays;
import java.util.List;

/**
 * The plan page's heatmap (every entity × dimension), its cells' text and colour worked out once per request and
 * written by {@link HeatmapRows}. Request-scoped, so the rows are not kept in the session with the view.
 */
@Named
@RequestScoped
public class PlanHeatmap {

    @Inject
    PlanBean plan;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            // one formatter for the thousand cells, the same as PlanBean#format (String.format per cell was a tenth of the page)
            Formats.OneDecimal oneDecimal = Formats.oneDecimal(UiMessages.locale());
            rows = plan.getEntries().stream().map(e -> row(e, oneDecimal)).toList();
        }
        return rows;
    }

    private Row row(PlanEntryView entry, Formats.OneDecimal oneDecimal) {
        return new Row(entry.name(), Arrays.stream(Dimension.values())
                .map(d -> new Cell(oneDecimal.format(entry.score(d)), plan.heatStyle(entry, d))).toList());
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
