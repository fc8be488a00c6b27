package fi.valvonta.ejb.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvWriterTest {

    @Test
    void semicolonDialectQuotesSeparatorsAndLineBreaksAndDefusesFormulas() {
        String csv = CsvWriter.withHeader(CsvWriter.Dialect.SEMICOLON, "a;b;c")
                .row(1, "x;y\nz", null).row(2.5, "", "=1").text();
        assertEquals("a;b;c\n1;\"x;y\nz\";\n2.5;;'=1\n", csv);
    }

    @Test
    void everyFormulaStartIsDefusedInBothDialects() {
        for (CsvWriter.Dialect d : CsvWriter.Dialect.values()) {
            assertEquals("'=1+1", d.cell("=1+1"), d.name());
            assertEquals("'+1+cmd", d.cell("+1+cmd"), d.name());
            assertEquals("'-2+3", d.cell("-2+3"), d.name());
            assertEquals("'@SUM(A1)", d.cell("@SUM(A1)"), d.name());
            assertEquals("'\tTAB", d.cell("\tTAB"), d.name());
            assertEquals("\"'\rCR\"", d.cell("\rCR"), d.name());
        }
    }

    @Test
    void plainNumbersAreNotDefused() {
        assertEquals("-0.25", CsvWriter.Dialect.SEMICOLON.cell(-0.25));
        assertEquals("+358", CsvWriter.Dialect.SEMICOLON.cell("+358"));
        assertEquals("-12", CsvWriter.Dialect.RFC_4180.cell(-12));
    }

    @Test
    void whatTheSemicolonDialectWritesTheImportReadsBack() {
        String csv = CsvWriter.withHeader(CsvWriter.Dialect.SEMICOLON, "a;b;c")
                .row("x;y", "say \"hi\"\nthere", -1).text();
        assertArrayEquals(new String[]{"x;y", "say \"hi\"\nthere", "-1"}, Csv.rows(csv, "a;b;c").get(0));
    }

    @Test
    void rfc4180DialectQuotesWhenNeededAndDefusesFormulas() {
        String csv = CsvWriter.withHeader(CsvWriter.Dialect.RFC_4180, "dimension,value,count")
                .row("area", "Espoo, Vantaa", 2).row("theme", "=SUM(A1)", 1).row("x", "say \"hi\"", null).text();
        assertEquals("dimension,value,count\r\narea,\"Espoo, Vantaa\",2\r\ntheme,'=SUM(A1),1\r\nx,\"say \"\"hi\"\"\",\r\n", csv);
    }

    @Test
    void aRowHasAsManyCellsAsTheHeader() {
        CsvWriter csv = CsvWriter.withHeader(CsvWriter.Dialect.SEMICOLON, "a;b");
        assertThrows(IllegalArgumentException.class, () -> csv.row(1));
        assertThrows(IllegalArgumentException.class, () -> csv.row(1, 2, 3));
    }
}
