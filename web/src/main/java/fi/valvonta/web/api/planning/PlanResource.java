package fi.valvonta.web.api.planning;

import fi.valvonta.ejb.planning.CreatePlan;
import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.ejb.planning.PlanExport;
import fi.valvonta.ejb.planning.PlanSnapshot;
import fi.valvonta.ejb.planning.PlanView;
import fi.valvonta.ejb.planning.PlanningService;
import fi.valvonta.ejb.planning.RankShiftView;
import fi.valvonta.ejb.planning.ReplanDraft;
import fi.valvonta.ejb.planning.Reproduction;
import fi.valvonta.ejb.planning.WhatIf;
import fi.valvonta.ejb.platform.SameFigures;
import fi.valvonta.model.platform.Language;
import fi.valvonta.web.api.platform.JsonbResolver;
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

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Year inspection plans: drafts (recomputed from current data), what-if, adoption by a decision-maker
 * (frozen with its snapshot), reproduction and revisions.
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PlanResource {

    @Inject
    PlanningService planning;

    @Inject
    PlanExport export;

    @GET
    public List<PlanView> list(@QueryParam("year") Integer year) {
        return planning.list(year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid CreatePlan command, @Context UriInfo uri) {
        PlanView created = planning.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public PlanView get(@PathParam("id") long id) {
        return planning.get(id);
    }

    /** Saves a what-if in a draft: another risk model version and/or capacity. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView replan(@PathParam("id") long id, @NotNull @Valid ReplanDraft command) {
        return planning.replan(id, command);
    }

    /** The entries' JSON of the last computed plans asked for: a few plans, and some change. */
    private static final SameFigures<byte[]> ENTRIES_JSON = new SameFigures<>(8);

    /**
     * Every entity in rank order, with the planned inspection, the reason and the score breakdown (a JSON array of
     * {@link PlanEntryView}). The service hands out the same entries as long as the plan's inputs stay the same, and
     * their JSON (by the API's one JSON-B instance) is written once for them: written per request, the entries with
     * their breakdowns made 15 full collections in 10 s at 50 users in the load benchmark.
     */
    @GET
    @Path("{id}/entries")
    public Response entries(@PathParam("id") long id) {
        List<PlanEntryView> entries = planning.entries(id);
        byte[] json = ENTRIES_JSON.get(entries, null,
                () -> JsonbResolver.jsonb().toJson(entries).getBytes(StandardCharsets.UTF_8));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A what-if computed and not saved: each entity's rank and inspection in the plan and in the variant. */
    @POST
    @Path("{id}/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RankShiftView> whatIf(@PathParam("id") long id, @NotNull WhatIf variant) {
        return planning.whatIf(id, variant);
    }

    @POST
    @Path("{id}/adopt")
    public PlanView adopt(@PathParam("id") long id) {
        return planning.adopt(id);
    }

    /** A revision: the year's next version as a draft. */
    @POST
    @Path("{id}/revisions")
    public Response revise(@PathParam("id") long id, @Context UriInfo uri) {
        PlanView created = planning.revise(id);
        return Response.created(uri.getBaseUriBuilder().path("plans").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The frozen input snapshot of an adopted plan. */
    @GET
    @Path("{id}/snapshot")
    public PlanSnapshot snapshot(@PathParam("id") long id) {
        return planning.snapshot(id);
    }

    /** Re-runs the frozen snapshot and tells whether the adopted entries come out identical. */
    @GET
    @Path("{id}/reproduction")
    public Reproduction reproduction(@PathParam("id") long id) {
        return planning.reproduce(id);
    }

    /** The plan as CSV: every entity with rank, band, dimension scores, planned inspection and reason. */
    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response csv(@PathParam("id") long id) {
        return Response.ok(export.csv(id))
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".csv\"").build();
    }

    /** The plan as PDF, in Finnish ({@code lang=fi}, default) or Swedish ({@code lang=sv}). */
    @GET
    @Path("{id}/export.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Language language = "sv".equalsIgnoreCase(lang) ? Language.SV : Language.FI;
        return Response.ok(export.pdf(id, language))
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + "-" + language.code() + ".pdf\"").build();
    }
}
