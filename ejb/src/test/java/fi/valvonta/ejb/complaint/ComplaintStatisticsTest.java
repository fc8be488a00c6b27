package fi.valvonta.ejb.complaint;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ComplaintStatisticsTest {

    @Test
    void medianOfOddEvenAndNone() {
        assertNull(ComplaintStatistics.median(List.of()));
        assertEquals(30.0, ComplaintStatistics.median(List.of(100L, 10L, 30L)));
        assertEquals(20.0, ComplaintStatistics.median(List.of(40L, 10L, 30L, 10L)));
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertEquals("plain", ComplaintStatistics.quote("plain"));
        assertEquals("\"a, b\"", ComplaintStatistics.quote("a, b"));
        assertEquals("\"say \"\"x\"\"\"", ComplaintStatistics.quote("say \"x\""));
        assertEquals("'=SUM(A1)", ComplaintStatistics.quote("=SUM(A1)"));
    }

    @Test
    void csvHasOneRowPerCount() {
        Map<String, Long> themes = new LinkedHashMap<>();
        themes.put("DATA_PROTECTION", 2L);
        ComplaintStatistics s = new ComplaintStatistics(2026, 2, themes, Map.of("Espoon kuntakokeilu", 2L),
                Map.of("DECIDED", 1L), Map.of(2026, 2L), 1, 45.0, 1);
        String csv = s.toCsv();
        assertTrue(csv.startsWith("dimension,value,count\r\n"));
        assertTrue(csv.contains("theme,DATA_PROTECTION,2\r\n"));
        assertTrue(csv.contains("area,Espoon kuntakokeilu,2\r\n"));
        assertTrue(csv.contains("processing,median_days,45.0\r\n"));
    }
}
