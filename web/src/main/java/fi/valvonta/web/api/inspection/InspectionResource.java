package fi.valvonta.web.api.inspection;

import fi.valvonta.web.api.platform.QueryDates;

import fi.valvonta.ejb.inspection.CompleteInspection;
import fi.valvonta.ejb.inspection.FindingView;
import fi.valvonta.ejb.inspection.InspectionService;
import fi.valvonta.ejb.inspection.InspectionView;
import fi.valvonta.ejb.inspection.RecordFinding;
import fi.valvonta.ejb.inspection.RescheduleInspection;
import fi.valvonta.ejb.inspection.ScheduleInspection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Inspections (from the plan or ad hoc), their checklist findings and completion with a report. */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class InspectionResource {

    @Inject
    InspectionService inspections;

    /** Scheduled within {@code from}–{@code to} (inclusive, ISO dates, either open), of an entity, the caller's own ({@code mine=true}). */
    @GET
    public List<InspectionView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("entity") Long entityId, @QueryParam("mine") boolean mine) {
        return inspections.list(QueryDates.parse(from, "from"), QueryDates.parse(to, "to"), entityId, mine);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@NotNull @Valid ScheduleInspection command, @Context UriInfo uri) {
        InspectionView created = inspections.schedule(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public InspectionView get(@PathParam("id") long id) {
        return inspections.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public InspectionView reschedule(@PathParam("id") long id, @NotNull @Valid RescheduleInspection command) {
        return inspections.reschedule(id, command);
    }

    @GET
    @Path("{id}/findings")
    public List<FindingView> findings(@PathParam("id") long id) {
        return inspections.get(id).findings();
    }

    @POST
    @Path("{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordFinding(@PathParam("id") long id, @NotNull @Valid RecordFinding command, @Context UriInfo uri) {
        FindingView created = inspections.recordFinding(id, command);
        return Response.created(uri.getBaseUriBuilder().path("findings").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** Completes the inspection with its report. */
    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public InspectionView complete(@PathParam("id") long id, @NotNull @Valid CompleteInspection command) {
        return inspections.complete(id, command);
    }
}
