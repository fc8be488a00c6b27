package fi.valvonta.web.ui.planning;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;

import java.io.Writer;

/** A response writer that writes markup as Mojarra's does: attributes and text escaped, elements closed. */
final class MarkupWriter extends ResponseWriter {
    final StringBuilder out = new StringBuilder();
    private final Writer target;
    private boolean open;

    MarkupWriter() {
        this(null);
    }

    /** A writer whose markup goes to {@code target} on {@link #flush()}, as a clone of the page's writer does. */
    private MarkupWriter(Writer target) {
        this.target = target;
    }

    private void closeStart() {
        if (open) {
            out.append('>');
            open = false;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override public void startElement(String name, UIComponent component) {
        closeStart();
        out.append('<').append(name);
        open = true;
    }
    @Override public void endElement(String name) {
        closeStart();
        out.append("</").append(name).append('>');
    }
    @Override public void writeAttribute(String name, Object value, String property) {
        out.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
    }
    @Override public void writeURIAttribute(String name, Object value, String property) {
        writeAttribute(name, value, property);
    }
    @Override public void writeText(Object text, String property) {
        closeStart();
        out.append(escape(String.valueOf(text)));
    }
    @Override public void writeText(char[] text, int off, int len) {
        writeText(new String(text, off, len), null);
    }
    @Override public void writeComment(Object comment) { throw new UnsupportedOperationException(); }
    @Override public String getContentType() { return "text/html"; }
    @Override public String getCharacterEncoding() { return "UTF-8"; }
    @Override public void flush() throws java.io.IOException {
        closeStart();
        if (target != null) {
            target.write(out.toString());
            out.setLength(0);
        }
    }
    @Override public void startDocument() { }
    @Override public void endDocument() { }
    @Override public ResponseWriter cloneWithWriter(Writer writer) { return new MarkupWriter(writer); }
    @Override public void write(char[] cbuf, int off, int len) { closeStart(); out.append(cbuf, off, len); }
    @Override public void close() { }
}
