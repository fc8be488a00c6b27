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
 */
abstract class WrittenRows<T> extends UIComponentBase {

    /** Writes rows with the response writer. */
    @FunctionalInterface
    interface Writer<T> {
        void write(ResponseWriter w, List<T> rows) throws IOException;
    }

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
        writer.write(context.getResponseWriter(), rows == null ? List.of() : rows);
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: the rows are the component's own markup
    }
}
