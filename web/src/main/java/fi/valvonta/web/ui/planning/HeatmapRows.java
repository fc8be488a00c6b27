package fi.valvonta.web.ui.planning;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;

/**
 * The rows of the plan page's heatmap, written straight to the response ({@code <v:heatmapRows value="…"/>} inside
 * the table's {@code tbody}): a {@code tr} per entity with its name and a cell per dimension in its colour. Nested
 * {@code ui:repeat}s walked and reset their child components for each of the ~300 rows and ~1 200 cells of every
 * page; this writes the same markup with the response writer, which escapes every text and attribute.
 */
@FacesComponent(HeatmapRows.COMPONENT_TYPE)
public class HeatmapRows extends UIComponentBase {

    public static final String COMPONENT_TYPE = "fi.valvonta.HeatmapRows";

    public HeatmapRows() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return "fi.valvonta.planning";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<PlanHeatmap.Row> rows = (List<PlanHeatmap.Row>) getAttributes().get("value");
        write(context.getResponseWriter(), rows == null ? List.of() : rows);
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: the rows are the component's own markup
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
