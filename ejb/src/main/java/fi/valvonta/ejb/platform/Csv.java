package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.RuleViolationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module's CSV imports: UTF-8, ';'-separated (Finnish spreadsheets), a header line; a cell may be
 * quoted (RFC 4180: a quoted cell holds separators, line breaks and doubled quotes), as
 * {@link fi.valvonta.ejb.platform.CsvWriter.Dialect#SEMICOLON} writes it.
 */
public final class Csv {

    private Csv() {
    }

    public static List<String[]> rows(String csv, String header) {
        List<List<String>> lines = parse(csv.replace("\uFEFF", ""));
        if (lines.isEmpty() || !String.join(";", lines.get(0)).trim().equalsIgnoreCase(header)) {
            throw new RuleViolationException("csv.header", "file", "the first line must be: " + header);
        }
        int columns = header.split(";").length;
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != columns) {
                throw new RuleViolationException("csv.columns", "file",
                        "line " + (i + 1) + " has " + cells.size() + " columns, expected " + columns);
            }
            rows.add(cells.toArray(String[]::new));
        }
        return rows;
    }

    /** The records of the text, each a list of cells; a line break inside quotes belongs to the cell. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(cells);
        }
        return records;
    }
}
