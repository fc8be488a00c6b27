package fi.valvonta.ejb.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one CSV writer: a header line, then rows, in one of two dialects. Every CSV the application
 * writes (plan export, indicator export, complaint statistics) goes through it.
 */
public final class CsvWriter {

    /** How cells are separated, lines ended and awkward values made safe. */
    public enum Dialect {
        /**
         * ';'-separated, '\n'-ended, never quoted: what Finnish spreadsheets open and what the indicator and
         * signal imports read back, so a cell loses its separators and line breaks instead of being quoted.
         */
        SEMICOLON(";", "\n") {
            @Override
            public String cell(Object value) {
                return value == null ? "" : value.toString().replace(';', ',').replace('\n', ' ').replace('\r', ' ');
            }
        },
        /**
         * RFC 4180: ','-separated, CRLF-ended, a cell quoted when it holds a comma, quote or line break; a
         * leading = + - @ is defused with an apostrophe, since a spreadsheet would run it as a formula.
         */
        RFC_4180(",", "\r\n") {
            @Override
            public String cell(Object value) {
                String s = value == null ? "" : value.toString();
                String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
                return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                        ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
            }
        };

        private final String separator;
        private final String lineEnd;

        Dialect(String separator, String lineEnd) {
            this.separator = separator;
            this.lineEnd = lineEnd;
        }

        /** One cell as written: empty for null. */
        public abstract String cell(Object value);

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
