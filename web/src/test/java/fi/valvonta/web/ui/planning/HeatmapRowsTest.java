package fi.valvonta.web.ui.planning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatmapRowsTest {

    @Test
    void eachEntityIsARowOfItsNameAndAColouredCellPerDimension() throws Exception {
        MarkupWriter w = new MarkupWriter();
        HeatmapRows.write(w, List.of(
                new PlanHeatmap.Row("Hämeenlinna", List.of(new PlanHeatmap.Cell("1,5", "background-color: hsl(30, 75%, 80%)"),
                        new PlanHeatmap.Cell("0,0", "background-color: hsl(120, 75%, 88%)"))),
                new PlanHeatmap.Row("Kuntayhtymä", List.of(new PlanHeatmap.Cell("2,0", "background-color: hsl(0, 75%, 58%)")))));
        assertEquals("<tr><td>Hämeenlinna</td>"
                + "<td class=\"cell\" style=\"background-color: hsl(30, 75%, 80%)\">1,5</td>"
                + "<td class=\"cell\" style=\"background-color: hsl(120, 75%, 88%)\">0,0</td></tr>"
                + "<tr><td>Kuntayhtymä</td><td class=\"cell\" style=\"background-color: hsl(0, 75%, 58%)\">2,0</td></tr>",
                w.out.toString());
    }

    @Test
    void aNameIsWrittenAsTextNeverAsMarkup() throws Exception {
        MarkupWriter w = new MarkupWriter();
        HeatmapRows.write(w, List.of(new PlanHeatmap.Row("<script>alert(1)</script> & co", List.of())));
        assertEquals("<tr><td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</td></tr>", w.out.toString());
    }
}
