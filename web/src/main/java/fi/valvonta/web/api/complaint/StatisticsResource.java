package fi.valvonta.web.api.complaint;

import fi.valvonta.ejb.complaint.ComplaintStatistics;
import fi.valvonta.ejb.complaint.ComplaintStatisticsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Statistics of the complaints register: counts by theme, area, state and year, median processing
 * time. JSON, or CSV with {@code Accept: text/csv} or {@code ?format=csv}.
 */
@Path("statistics")
@RequestScoped
public class StatisticsResource {

    public static final String CSV = "text/csv";

    @Inject
    ComplaintStatisticsService statistics;

    @GET
    @Path("complaints")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response complaints(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                               @QueryParam("format") String format,
                               @jakarta.ws.rs.core.Context HttpHeaders headers) {
        ComplaintStatistics s = statistics.compute(year);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && headers.getAcceptableMediaTypes().stream()
                .findFirst().map(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType()).orElse(false));
        if (csv) {
            return Response.ok(s.toCsv(), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"complaint-statistics"
                            + (year == null ? "" : "-" + year) + ".csv\"")
                    .build();
        }
        return Response.ok(s, MediaType.APPLICATION_JSON).build();
    }
}
