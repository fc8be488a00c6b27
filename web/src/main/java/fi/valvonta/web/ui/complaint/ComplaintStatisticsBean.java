package fi.valvonta.web.ui.complaint;

import fi.valvonta.ejb.complaint.ComplaintStatistics;
import fi.valvonta.ejb.complaint.ComplaintStatisticsService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The statistics page: counts by theme, area, state and year, median processing time, CSV export. */
@Named
@ViewScoped
public class ComplaintStatisticsBean implements Serializable {

    @Inject
    transient ComplaintStatisticsService statistics;

    private Integer year;
    private ComplaintStatistics result;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        result = statistics.compute(year);
    }

    public StreamedContent getCsv() {
        byte[] csv = statistics.compute(year).toCsv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("complaint-statistics" + (year == null ? "" : "-" + year) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public List<Map.Entry<String, Long>> rows(Map<String, Long> counts) {
        return List.copyOf(counts.entrySet());
    }

    public List<Map.Entry<Integer, Long>> getYears() {
        return List.copyOf(result.byYear().entrySet());
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public ComplaintStatistics getResult() { return result; }
}
