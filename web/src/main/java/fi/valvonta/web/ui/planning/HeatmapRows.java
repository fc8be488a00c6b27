package fi.valvonta.web.ui.planning;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;

/**
 * The rows of the plan page's heatmap, written straight to the response ({@code <v:heatmapRows value="…"/>} inside
 * the table's {@code tbody}): a {@code tr} per entity with its name and a cell per dimension in its colour. Nested
 * {@code ui:repeat}s walked and reset their child components for each of the ~300 rows and ~1 200 cells of every
 * page; this writes the same markup with the response writer, which escapes every text and attribute.
 */
@FacesComponent("fi.valvonta.HeatmapRows") // the component type in valvonta.taglib.xml
public class HeatmapRows extends WrittenRows<PlanHeatmap.Row> {

    public HeatmapRows() {
        super(HeatmapRows::write);
    }

    static void write(ResponseWriter w, List<PlanHeatmap.Row> rows) throws IOException {
        for (PlanHeatmap.Row row : rows) {
            w.startElement("tr", null);
            w.startElement("td", null);
            w.writeText(row.getName(), null);
            w.endElement("td");
            for (PlanHeatmap.Cell cell : row.getCells()) {
                w.startElement("td", null);
                w.writeAttribute("class", "cell", null);
                w.writeAttribute("style", cell.getStyle(), null);
                w.writeText(cell.getText(), null);
                w.endElement("td");
            }
            w.endElement("tr");
        }
    }
}
