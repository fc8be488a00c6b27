package fi.valvonta.web.ui.planning;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;

/**
 * A component without children that writes the rows of its {@code value} list straight to the response, for the
 * long repeated parts of the plan page ({@link HeatmapRows}, {@link RiskBars}): a {@code ui:repeat} walked and reset
 * its child components for every row of every page. The response writer escapes every text and attribute.
 * <p>
 * The rows are the same list as long as the plan's figures are ({@link SameFigures}), and so is their markup: it is
 * written once, by a copy of the page's response writer into a string (escaped as on the page), and that string goes
 * to every later page showing the same rows. The figures never reach the page unescaped.
 */
abstract class WrittenRows<T> extends UIComponentBase {

    /** Writes rows with the response writer. */
    @FunctionalInterface
    interface Writer<T> {
        void write(ResponseWriter w, List<T> rows) throws IOException;
    }

    /** Markup of the last rows written: the plan's heatmap and chart in three languages, and some change. */
    private static final KeptMarkup MARKUP = new KeptMarkup(24);

    private final transient Writer<T> writer;

    WrittenRows(Writer<T> writer) {
        this.writer = writer;
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
        List<T> rows = (List<T>) getAttributes().get("value");
        if (rows != null && !rows.isEmpty()) {
            MARKUP.write(context.getResponseWriter(), rows, writer);
        }
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: the rows are the component's own markup
    }
}
