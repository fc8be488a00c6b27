package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.platform.CsvWriter;

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
        CsvWriter csv = CsvWriter.withHeader(CsvWriter.Dialect.RFC_4180, "dimension,value,count");
        csv.row("total", "all", total);
        byTheme.forEach((k, v) -> csv.row("theme", k, v));
        byArea.forEach((k, v) -> csv.row("area", k, v));
        byState.forEach((k, v) -> csv.row("state", k, v));
        byYear.forEach((k, v) -> csv.row("year", k, v));
        csv.row("processing", "resolved", resolved);
        csv.row("processing", "resolved_within_8_months", resolvedWithinTarget);
        csv.row("processing", "median_days", medianProcessingDays);
        return csv.text();
    }

    static String quote(String s) {
        return CsvWriter.Dialect.RFC_4180.cell(s);
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
