package fi.valvonta.web.ui.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A page's response whose writer encodes UTF-8 into a buffer of its own and hands the servlet output stream whole
 * byte arrays. Undertow's writer copies a page as bytes only while it is ASCII: from the first other character on
 * (a menu's label "Vastuuhenkilö" in its widget script, the paginator's "–"), it encoded the rest character by
 * character into its direct buffer — a fifth of the case list's server time in a profile. Other encodings, and
 * everything before the page takes its writer, go to the container's writer as before.
 * <p>
 * The encoder's buffer is the page's until {@link #finish}: a reset (an error page in place of the page) drops what it
 * holds, as the container drops its own buffer. The writer itself stays, as the container's does: whoever took it
 * before the reset and writes on is heard.
 */
final class Utf8PageResponse extends HttpServletResponseWrapper {

    private Unflushed stream;
    private PrintWriter writer;
    private boolean containerWriter;

    Utf8PageResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null && !containerWriter) {
            if (StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
                stream = new Unflushed(getOutputStream());
                writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
            } else {
                containerWriter = true;
            }
        }
        return containerWriter ? super.getWriter() : writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        finish();
        super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer(); // refuses a committed response before anything is dropped
        dropPending();
    }

    @Override
    public void reset() {
        super.reset();
        dropPending();
    }

    /** What the encoder holds of the page, dropped: the container has just dropped its buffer. */
    private void dropPending() {
        if (writer != null) {
            stream.dropping = true;
            writer.flush();
            stream.dropping = false;
        }
    }

    /**
     * Hands what the page wrote, and the encoder still holds, to the container's buffer: once the page is done. The
     * response is not committed by it: a page that fits the buffer still goes out with its length, as before.
     */
    void finish() {
        if (writer != null) {
            writer.flush();
        }
    }

    /**
     * The container's stream, which the page's writer fills but never flushes: only {@link #flushBuffer} does. While
     * {@code dropping}, what the encoder hands it is thrown away (a reset).
     */
    private static final class Unflushed extends FilterOutputStream {

        boolean dropping;

        Unflushed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (!dropping) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!dropping) {
                out.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() {
            // the container flushes its buffer when it is full, on flushBuffer, and as the response ends
        }
    }
}
