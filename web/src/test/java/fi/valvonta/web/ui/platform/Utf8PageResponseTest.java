package fi.valvonta.web.ui.platform;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8PageResponseTest {

    /** A container's response: its output stream and writer, the character encoding it was given, committed or not. */
    static final class Container {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final StringWriter containerText = new StringWriter();
        String encoding = "UTF-8";
        boolean committed;
        int streams;
        int streamFlushes;

        HttpServletResponse response() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void flush() {
                    streamFlushes++;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            PrintWriter writer = new PrintWriter(containerText);
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getCharacterEncoding" -> encoding;
                        case "getOutputStream" -> {
                            streams++;
                            yield stream;
                        }
                        case "getWriter" -> writer;
                        case "isCommitted" -> committed;
                        case "resetBuffer", "reset" -> {
                            if (committed) {
                                throw new IllegalStateException("committed");
                            }
                            bytes.reset();
                            yield null;
                        }
                        case "flushBuffer" -> {
                            committed = true;
                            yield null;
                        }
                        default -> null;
                    });
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageIsEncodedAsUtf8IntoTheOutputStreamOnceFinished() throws Exception {
        Container container = new Container();
        Utf8PageResponse page = new Utf8PageResponse(container.response());
        PrintWriter writer = page.getWriter();
        assertSame(writer, page.getWriter(), "one writer for the page");
        String text = "<script>label:\"Vastuuhenkilö\"</script>1–25 / 100 \uD83D\uDE00 Myöhässä";
        writer.write(text, 0, 20);
        writer.write(text.substring(20, 50).toCharArray());
        writer.write(text.substring(50));
        assertEquals(0, container.bytes.size(), "held in the page's encoder until the page is done");
        page.finish();
        assertEquals(text, container.text());
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, container.bytes.size());
        assertEquals("", container.containerText.toString(), "the container's writer is not used");
        assertEquals(0, container.streamFlushes, "handed to the container's buffer, not flushed: the response keeps its length");
        assertFalse(container.committed);
    }

    @Test
    void aSurrogatePairSplitBetweenTwoWritesStaysOneCharacter() throws Exception {
        Container container = new Container();
        Utf8PageResponse page = new Utf8PageResponse(container.response());
        page.getWriter().write('\uD83D');
        page.getWriter().write('\uDE00');
        page.finish();
        assertEquals("\uD83D\uDE00", container.text());
    }

    @Test
    void aResetDropsWhatThePageWroteAndTheErrorPageWritesAfresh() throws Exception {
        Container container = new Container();
        Utf8PageResponse page = new Utf8PageResponse(container.response());
        page.getWriter().write("half a page, ä");
        page.reset();
        page.getWriter().write("virhe – error");
        page.finish();
        assertEquals("virhe – error", container.text());
    }

    /**
     * As with the container's writer (Undertow keeps writing what a writer taken before a reset writes after it), a
     * writer taken before a reset writes on after it, and that goes out.
     */
    @Test
    void theWriterTakenBeforeAResetWritesOnAndThatGoesOut() throws Exception {
        Container container = new Container();
        Utf8PageResponse page = new Utf8PageResponse(container.response());
        PrintWriter partial = page.getWriter();
        partial.write("<partial-response>half an update, ä");
        page.reset();
        partial.write("<partial-response><error>virhe – error</error></partial-response>");
        page.finish();
        assertEquals("<partial-response><error>virhe – error</error></partial-response>", container.text());
        assertSame(partial, page.getWriter(), "the page's one writer");
    }

    @Test
    void resetBufferDropsThePendingTextButACommittedResponseRefusesIt() throws Exception {
        Container container = new Container();
        Utf8PageResponse page = new Utf8PageResponse(container.response());
        page.getWriter().write("dropped");
        page.resetBuffer();
        page.getWriter().write("kept");
        page.flushBuffer();
        assertEquals("kept", container.text(), "flushBuffer hands the pending text on");
        assertTrue(container.committed, "and flushes the container's buffer");
        page.getWriter().write(" more");
        assertThrows(IllegalStateException.class, page::resetBuffer);
        page.finish();
        assertEquals("kept more", container.text());
    }

    @Test
    void anotherEncodingUsesTheContainersWriter() throws Exception {
        Container container = new Container();
        container.encoding = "ISO-8859-1";
        Utf8PageResponse page = new Utf8PageResponse(container.response());
        page.getWriter().write("plain");
        page.finish();
        assertEquals("plain", container.containerText.toString());
        assertEquals(0, container.streams, "the output stream is left to the container's writer");
        container.encoding = "UTF-8";
        page.getWriter().write(" still");
        assertEquals("plain still", container.containerText.toString(), "one writer for the page, whatever comes later");
    }
}
