package fi.valvonta.web.api.measure;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.measure.Commands;
import fi.valvonta.ejb.measure.DecisionDocuments;
import fi.valvonta.ejb.measure.DeliveryPoll;
import fi.valvonta.ejb.measure.DeliveryView;
import fi.valvonta.ejb.measure.ElectronicService;
import fi.valvonta.ejb.measure.DraftMeasure;
import fi.valvonta.ejb.measure.EntityOrderCounts;
import fi.valvonta.ejb.measure.FollowUpView;
import fi.valvonta.ejb.measure.ImposedFine;
import fi.valvonta.ejb.measure.MeasureInbox;
import fi.valvonta.ejb.measure.MeasureQuery;
import fi.valvonta.ejb.measure.MeasureService;
import fi.valvonta.ejb.measure.MeasureView;
import fi.valvonta.ejb.measure.NextStep;
import fi.valvonta.ejb.measure.OpenOrder;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import fi.valvonta.web.api.audit.DisclosureHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Measures and formal decisions: draft ({@code POST /measures}), hear, propose, decide, serve, record
 * compliance and appeals; the register per entity; the decision document as PDF in Finnish or Swedish.
 */
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeasureResource {

    @Inject
    MeasureService measures;

    @Inject
    DecisionDocuments documents;

    @Inject
    ElectronicService electronic;

    @Inject
    DeliveryPoll deliveryPoll;

    @POST
    public Response draft(@NotNull @Valid DraftMeasure command, @Context UriInfo uri) {
        MeasureView created = measures.draft(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /**
     * The register of measures of one supervised entity ({@code entity}), a work queue ({@code inbox}), the
     * caller's own ({@code mine=true}), or these combined; at least one of them (422 without).
     */
    @GET
    public List<MeasureView> list(@QueryParam("entity") Long entity, @QueryParam("inbox") MeasureInbox inbox,
                                  @QueryParam("mine") boolean mine) {
        return measures.search(new MeasureQuery(inbox, entity, mine));
    }

    @GET
    @Path("{id}")
    public MeasureView get(@PathParam("id") long id) {
        return measures.get(id, AuditChannel.API);
    }

    @POST
    @Path("{id}/hearing")
    public MeasureView requestHearing(@PathParam("id") long id, @NotNull @Valid Commands.RequestHearing command) {
        return measures.requestHearing(id, command);
    }

    @POST
    @Path("{id}/hearing-response")
    public MeasureView recordHearingResponse(@PathParam("id") long id,
                                             @NotNull @Valid Commands.RecordHearingResponse command) {
        return measures.recordHearingResponse(id, command);
    }

    @POST
    @Path("{id}/propose")
    public MeasureView propose(@PathParam("id") long id) {
        return measures.propose(id);
    }

    @POST
    @Path("{id}/decide")
    public MeasureView decide(@PathParam("id") long id, @Valid Commands.Decide command) {
        return measures.decide(id, command == null ? new Commands.Decide(null, null, null) : command);
    }

    @POST
    @Path("{id}/serve")
    public MeasureView serve(@PathParam("id") long id, @NotNull @Valid Commands.Serve command) {
        return measures.serve(id, command);
    }

    /**
     * Electronic service (laki 13/2003 18 §): the decision with its appeal instructions to the addressee's
     * Suomi.fi mailbox, or printed and mailed where it has none; served once the receipt is reported.
     */
    @POST
    @Path("{id}/send-electronically")
    public MeasureView sendElectronically(@PathParam("id") long id) {
        return electronic.send(id, AuditChannel.API);
    }

    /** The decision's deliveries through Suomi.fi Messages, with the events the service reported. */
    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return electronic.deliveries(id);
    }

    /** Reads the Suomi.fi Messages event feed now (its timer does so every few minutes). */
    @POST
    @Path("deliveries/poll")
    public DeliveryPoll.Pass pollDeliveries() {
        return deliveryPoll.now();
    }

    @POST
    @Path("{id}/comply")
    public MeasureView comply(@PathParam("id") long id, @NotNull @Valid Commands.RecordCompliance command) {
        return measures.recordCompliance(id, command);
    }

    @POST
    @Path("{id}/appeal")
    public MeasureView appeal(@PathParam("id") long id, @NotNull @Valid Commands.RecordAppeal command) {
        return measures.recordAppeal(id, command);
    }

    @POST
    @Path("{id}/court-outcome")
    public MeasureView courtOutcome(@PathParam("id") long id, @NotNull @Valid Commands.RecordCourtOutcome command) {
        return measures.recordCourtOutcome(id, command);
    }

    /** HL 59 §, laki 13/2003 19 §: the actual date of receipt shown against a presumed date of service. */
    @POST
    @Path("{id}/service-date")
    public MeasureView rebutServiceDate(@PathParam("id") long id, @NotNull @Valid Commands.RebutServiceDate command) {
        return measures.rebutServiceDate(id, command);
    }

    /** Leave to appeal applied for from the Supreme Administrative Court. */
    @POST
    @Path("{id}/further-appeal")
    public MeasureView furtherAppeal(@PathParam("id") long id, @NotNull @Valid Commands.RecordFurtherAppeal command) {
        return measures.recordFurtherAppeal(id, command);
    }

    @POST
    @Path("{id}/supreme-court-decision")
    public MeasureView supremeCourtDecision(@PathParam("id") long id,
                                            @NotNull @Valid Commands.RecordSupremeCourtDecision command) {
        return measures.recordSupremeCourtDecision(id, command);
    }

    /** Conditional fines imposed, for handing over to enforcement once final. */
    @GET
    @Path("imposed-fines")
    public List<ImposedFine> imposedFines() {
        return measures.imposedFines();
    }

    /** What the regime allows in the measure's case and what the ladder proposes next. */
    @GET
    @Path("{id}/next-step")
    public NextStep nextStep(@PathParam("id") long id) {
        return measures.nextStep(measures.find(id).orElseThrow(() -> new NotFoundException("measure", id)).caseId());
    }

    @GET
    @Path("{id}/follow-up")
    public FollowUpView followUp(@PathParam("id") long id) {
        return measures.followUpOfMeasure(id).orElseThrow(() -> new NotFoundException("follow-up of measure", id));
    }

    /** The decision document; {@code lang} defaults to the addressee's primary language. */
    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") long id, @QueryParam("lang") String lang,
                             @HeaderParam(DisclosureHeaders.RECIPIENT) String recipient,
                             @HeaderParam(DisclosureHeaders.PURPOSE) String purpose) {
        Language language = parse(lang);
        byte[] pdf = documents.pdf(id, language, AuditChannel.API, recipient, purpose);
        String name = "paatos-" + id + "-" + (language == null ? documents.languagesFor(id).get(0) : language).code() + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("open-orders")
    public List<OpenOrder> openOrders(@NotNull @QueryParam("entity") Long entity) {
        return measures.openOrders(entity);
    }

    @GET
    @Path("open-orders/by-entity")
    public List<EntityOrderCounts> openOrdersByEntity() {
        return measures.openAndOverdueOrdersByEntity();
    }

    @GET
    @Path("follow-ups")
    public List<FollowUpView> followUps(@QueryParam("state") FollowUp.State state) {
        return measures.followUps(state == null ? FollowUp.State.DUE : state);
    }

    private static Language parse(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return switch (lang.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "fi" -> Language.FI;
            case "sv" -> Language.SV;
            default -> throw new RuleViolationException("measure.document-language-unknown", "lang",
                    "A decision document is in Finnish (fi) or Swedish (sv)");
        };
    }
}
