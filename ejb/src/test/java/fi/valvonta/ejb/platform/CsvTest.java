package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    @Test
    void readsRowsAfterTheHeaderSkippingBlankLinesAndBom() {
        List<String[]> rows = Csv.rows("\uFEFFa;b;c\r\n1;2;3\n\n4;;6\n", "a;b;c");
        assertEquals(2, rows.size());
        assertArrayEquals(new String[]{"4", "", "6"}, rows.get(1));
    }

    @Test
    void refusesAWrongHeaderOrColumnCountNamingTheLine() {
        assertEquals("file", assertThrows(RuleViolationException.class, () -> Csv.rows("x;y\n1;2", "a;b")).field());
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> Csv.rows("a;b\n1;2\n3", "a;b"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aCellWithASeparatorOrLineBreakIsQuoted() {
        assertEquals("\"a;b\nc\"", CsvWriter.Dialect.SEMICOLON.cell("a;b\nc"));
        assertEquals("", CsvWriter.Dialect.SEMICOLON.cell(null));
    }
}
