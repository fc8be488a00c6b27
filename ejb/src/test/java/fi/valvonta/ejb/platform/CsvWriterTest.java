package fi.valvonta.ejb.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvWriterTest {

    @Test
    void semicolonDialectWritesHeaderAndRowsWithoutQuotingAndCleansCells() {
        String csv = CsvWriter.withHeader(CsvWriter.Dialect.SEMICOLON, "a;b;c")
                .row(1, "x;y\nz", null).row(2.5, "", "=1").text();
        assertEquals("a;b;c\n1;x,y z;\n2.5;;=1\n", csv);
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
