package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.RuleViolationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module's CSV imports: UTF-8, ';'-separated (Finnish spreadsheets), a header line, no quoting;
 * the same dialect {@link fi.valvonta.ejb.platform.CsvWriter.Dialect#SEMICOLON} writes.
 */
public final class Csv {

    private Csv() {
    }

    public static List<String[]> rows(String csv, String header) {
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        if (lines.length == 0 || !lines[0].trim().equalsIgnoreCase(header)) {
            throw new RuleViolationException("csv.header", "file", "the first line must be: " + header);
        }
        int columns = header.split(";").length;
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(";", -1);
            if (cells.length != columns) {
                throw new RuleViolationException("csv.columns", "file",
                        "line " + (i + 1) + " has " + cells.length + " columns, expected " + columns);
            }
            rows.add(cells);
        }
        return rows;
    }
}
