package fi.valvonta.web.ui.planning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeptMarkupTest {

    private final KeptMarkup kept = new KeptMarkup(4);
    private final AtomicInteger writes = new AtomicInteger();

    /** Each row's text in a span; counts how often it was asked to write. */
    private final WrittenRows.Writer<String> spans = (w, rows) -> {
        writes.incrementAndGet();
        for (String row : rows) {
            w.startElement("span", null);
            w.writeText(row, null);
            w.endElement("span");
        }
    };

    private String page(List<String> rows) throws Exception {
        MarkupWriter page = new MarkupWriter();
        kept.write(page, rows, spans);
        return page.out.toString();
    }

    @Test
    void theSameRowsAreWrittenOnceAndTheirMarkupGoesToEveryPageShowingThem() throws Exception {
        List<String> rows = List.of("Hämeenlinna", "Vaasa");
        String first = page(rows);
        assertEquals("<span>Hämeenlinna</span><span>Vaasa</span>", first);
        assertEquals(first, page(rows));
        assertEquals(1, writes.get());
    }

    @Test
    void otherRowsAreWrittenAgainEvenWhenEqual() throws Exception {
        // the key is the computed list itself: a new computation, however equal, is written anew
        List<String> rows = new ArrayList<>(List.of("Kuopio"));
        page(rows);
        page(new ArrayList<>(rows));
        assertEquals(2, writes.get());
    }

    @Test
    void theKeptMarkupIsAsEscapedAsTheWriterWroteIt() throws Exception {
        List<String> rows = List.of("<script>alert(1)</script> & co");
        page(rows);
        assertEquals("<span>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</span>", page(rows));
        assertEquals(1, writes.get());
    }
}
