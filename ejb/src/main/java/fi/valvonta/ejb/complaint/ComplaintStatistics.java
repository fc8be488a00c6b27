package fi.valvonta.ejb.complaint;

import java.util.List;
import java.util.Map;

/**
 * Counts of complaints by theme, area, state and year of receipt, and the median processing time in
 * days (receipt to decision or disposal; withdrawn complaints are left out). A complaint with two
 * themes counts once under each.
 */
public record ComplaintStatistics(Integer year, long total, Map<String, Long> byTheme, Map<String, Long> byArea,
                                  Map<String, Long> byState, Map<Integer, Long> byYear, long resolved,
                                  Double medianProcessingDays, long resolvedWithinTarget) {

    /** The statistics as CSV (RFC 4180): dimension, value, count. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("dimension,value,count\r\n");
        row(csv, "total", "all", total);
        byTheme.forEach((k, v) -> row(csv, "theme", k, v));
        byArea.forEach((k, v) -> row(csv, "area", k, v));
        byState.forEach((k, v) -> row(csv, "state", k, v));
        byYear.forEach((k, v) -> row(csv, "year", String.valueOf(k), v));
        row(csv, "processing", "resolved", resolved);
        row(csv, "processing", "resolved_within_8_months", resolvedWithinTarget);
        csv.append("processing,median_days,").append(medianProcessingDays == null ? "" : medianProcessingDays).append("\r\n");
        return csv.toString();
    }

    private static void row(StringBuilder csv, String dimension, String value, long count) {
        csv.append(dimension).append(',').append(quote(value)).append(',').append(count).append("\r\n");
    }

    static String quote(String s) {
        // a leading = + - @ would be a formula in a spreadsheet
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Median of the values (sorted here); null for none. */
    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
