package fi.valvonta.ejb.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one CSV writer: a header line, then rows, in one of two dialects. Every CSV the application
 * writes (plan export, indicator export, complaint statistics) goes through it.
 */
public final class CsvWriter {

    /** What a spreadsheet takes for the start of a formula (OWASP: CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?([eE][+-]?\\d+)?");

    /** How cells are separated and lines ended; quoting and formula defusing are the same in both. */
    public enum Dialect {
        /** ';'-separated, '\n'-ended: what Finnish spreadsheets open and what the indicator and signal imports read back. */
        SEMICOLON(";", "\n"),
        /** RFC 4180: ','-separated, CRLF-ended. */
        RFC_4180(",", "\r\n");

        private final String separator;
        private final String lineEnd;

        Dialect(String separator, String lineEnd) {
            this.separator = separator;
            this.lineEnd = lineEnd;
        }

        /**
         * One cell as written: empty for null; a text a spreadsheet would run as a formula (starting with
         * = + - @, a tab or a carriage return) is defused with a leading apostrophe, a plain number is left as
         * it is; a cell holding the separator, a quote or a line break is quoted, its quotes doubled (RFC 4180).
         */
        public String cell(Object value) {
            String s = value == null ? "" : value.toString();
            String safe = !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches() ? "'" + s : s;
            return safe.contains(separator) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                    ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
        }

        public String separator() {
            return separator;
        }
    }

    private final Dialect dialect;
    private final int columns;
    private final StringBuilder text = new StringBuilder();

    private CsvWriter(Dialect dialect, List<String> header) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.columns = header.size();
        line(header.toArray());
    }

    /** A writer whose first line is {@code header}, its cells separated by the dialect's separator. */
    public static CsvWriter withHeader(Dialect dialect, String header) {
        return new CsvWriter(dialect, Arrays.asList(header.split(java.util.regex.Pattern.quote(dialect.separator), -1)));
    }

    /** Appends a row of exactly as many cells as the header has. */
    public CsvWriter row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row has " + columns + " cells, not " + cells.length);
        }
        return line(cells);
    }

    /** Appends a row given as a list of cells. */
    public CsvWriter row(List<?> cells) {
        return row(cells.toArray());
    }

    private CsvWriter line(Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(dialect.separator);
            }
            text.append(dialect.cell(cells[i]));
        }
        text.append(dialect.lineEnd);
        return this;
    }

    /** The CSV written so far. */
    public String text() {
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
