package fi.valvonta.web.api.risk;

import fi.valvonta.web.api.platform.QueryDates;

import fi.valvonta.ejb.risk.ImportResult;
import fi.valvonta.ejb.risk.IndicatorService;
import fi.valvonta.ejb.risk.IndicatorView;
import fi.valvonta.ejb.risk.RecordIndicators;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Risk indicators per supervised entity (dated, with source), and the CSV imports of the risk model's inputs. */
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @Inject
    Clock clock;

    /** The latest indicators of each entity as of the date (default today). */
    @GET
    public List<IndicatorView> current(@QueryParam("asOf") String asOfParam) {
        return indicators.current(java.util.Optional.ofNullable(QueryDates.parse(asOfParam, "asOf")).orElse(LocalDate.now(clock)));
    }

    @GET
    @Path("{entityId}")
    public List<IndicatorView> history(@PathParam("entityId") long entityId) {
        return indicators.history(entityId);
    }

    /** Records (or, for the same entity and date, corrects) indicators. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public IndicatorView record(@NotNull @Valid RecordIndicators command) {
        return indicators.record(command);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportResult importCsv(@NotNull String csv) {
        return indicators.importIndicators(csv);
    }

    @GET
    @Path("export")
    @Produces("text/csv;charset=UTF-8")
    public String exportCsv(@QueryParam("asOf") String asOfParam) {
        return indicators.exportIndicators(java.util.Optional.ofNullable(QueryDates.parse(asOfParam, "asOf")).orElse(LocalDate.now(clock)));
    }

    /** Complaint and order signals for the risk model, until the complaint and measure modules feed it. */
    @POST
    @Path("signals/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportResult importSignals(@NotNull String csv) {
        return indicators.importSignals(csv);
    }
}
