package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.platform.SameFigures;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The markup of rows written by {@link WrittenRows}, kept for the very list it was written from ({@link SameFigures}):
 * written once by a copy of the page's response writer into a string, so escaped exactly as on the page, and that
 * string goes to every later page showing the same list. Nothing reaches the page that the writer did not escape.
 */
final class KeptMarkup {

    private final SameFigures<String> markup;

    KeptMarkup(int capacity) {
        this.markup = new SameFigures<>(capacity);
    }

    <T> void write(ResponseWriter page, List<T> rows, WrittenRows.Writer<T> writer) throws IOException {
        page.write(markup.get(rows, writer.getClass(), () -> written(page, rows, writer)));
    }

    private static <T> String written(ResponseWriter page, List<T> rows, WrittenRows.Writer<T> writer) {
        StringWriter out = new StringWriter(rows.size() * 160);
        try {
            ResponseWriter copy = page.cloneWithWriter(out);
            writer.write(copy, rows);
            copy.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
