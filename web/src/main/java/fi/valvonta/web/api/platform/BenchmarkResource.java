package fi.valvonta.web.api.platform;

import fi.valvonta.ejb.complaint.ComplaintListBenchmark;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * For the load benchmark only (404 unless the server runs in benchmark mode): the case list's first page through
 * EclipseLink or the same SQL through plain JDBC, answering how many rows it read.
 */
@Path("benchmark")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BenchmarkResource {

    public record Rows(ComplaintListBenchmark.Via via, int rows) {
    }

    @Inject
    ComplaintListBenchmark benchmark;

    @GET
    @Path("complaint-list")
    public Rows complaintList(@QueryParam("via") @NotNull ComplaintListBenchmark.Via via,
                              @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return new Rows(via, benchmark.firstPage(via, max));
    }
}
