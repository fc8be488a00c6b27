package fi.valvonta.web.api.complaint;

import fi.valvonta.web.api.audit.DisclosureHeaders;
import fi.valvonta.web.api.platform.Problem;
import fi.valvonta.web.api.platform.ProblemMappers;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.audit.AuditEntry;
import fi.valvonta.ejb.complaint.ActionInput;
import fi.valvonta.ejb.complaint.AttachmentFile;
import fi.valvonta.ejb.complaint.AttachmentView;
import fi.valvonta.ejb.complaint.AssignmentResult;
import fi.valvonta.ejb.complaint.ComplaintAssignments;
import fi.valvonta.ejb.complaint.ComplaintDeadlineCheck;
import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.ejb.complaint.ComplaintQuery;
import fi.valvonta.ejb.complaint.ComplaintReference;
import fi.valvonta.ejb.complaint.ComplaintDocumentService;
import fi.valvonta.ejb.complaint.ComplaintNotices;
import fi.valvonta.ejb.complaint.NoticeDocument;
import fi.valvonta.ejb.complaint.ComplaintQueryService;
import fi.valvonta.ejb.complaint.ComplaintRegistrationService;
import fi.valvonta.ejb.complaint.ComplaintSummary;
import fi.valvonta.ejb.complaint.ComplaintWorkflowService;
import fi.valvonta.ejb.complaint.Inbox;
import fi.valvonta.ejb.complaint.RegisterComplaint;
import fi.valvonta.ejb.complaint.Registration;
import fi.valvonta.ejb.complaint.VersionedComplaint;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Disqualification;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The complaints register. Registration honours {@code Idempotency-Key}; a case carries its version
 * as ETag, and every change of a case needs it back in {@code If-Match} (428 without, 412 when stale).
 * Workflow actions are {@code POST /complaints/{id}/{action}} with the action's slug.
 */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ComplaintResource {

    static final AuditChannel CHANNEL = AuditChannel.API;

    /** A version as If-Match carries it, once the quotes are gone. */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("[+-]?\\d{1,18}");

    @Inject
    java.time.Clock clock;

    @Inject
    ComplaintRegistrationService registration;

    @Inject
    ComplaintWorkflowService workflow;

    @Inject
    ComplaintDocumentService documents;

    @Inject
    ComplaintQueryService complaints;

    @Inject
    ComplaintDeadlineCheck deadlineCheck;

    @Inject
    ComplaintNotices notices;

    @Inject
    ComplaintAssignments assignments;

    public record Assignment(@Size(max = 64) String assignee) {
    }

    /** Complaints to assign, each with the version read, and the inspector (null or blank: nobody). */
    public record BulkAssignment(@Size(max = 64) String assignee,
                                 @NotNull @Size(min = 1, max = ComplaintAssignments.MAX) List<@NotNull @Valid VersionedComplaint> complaints) {
    }

    /**
     * One complaint of a bulk assignment: {@code status} 200 with its new {@code version} and {@code assignee}, or the
     * status, rule {@code code} and {@code detail} a single assignment would have been refused with (404, 409, 403, 412, 422).
     */
    public record AssignmentOutcome(long id, int status, String caseNumber, Long version, String assignee, String code,
                                    String detail) {
        static AssignmentOutcome of(AssignmentResult r) {
            if (r.isAssigned()) {
                ComplaintDetail c = r.complaint();
                return new AssignmentOutcome(r.id(), 200, c.caseNumber(), c.version(), c.assignee(), null, null);
            }
            BusinessException e = r.refusal();
            return new AssignmentOutcome(r.id(), ProblemMappers.statusOf(e).getStatusCode(), null, null, null, e.code(),
                    e.getMessage());
        }
    }

    public record BulkAssignmentResult(int assigned, int refused, List<AssignmentOutcome> results) {
    }

    public record SpecialReason(@NotNull @Size(min = 1, max = 2000) String reason) {
    }

    public record DeadlineCheckResult(LocalDate today, int changed) {
    }

    /** HL 28 § 1 mom: the ground of the caller's own disqualification. */
    public record DisqualificationDeclaration(DisqualificationGround ground,
                                              @Size(max = Disqualification.EXPLANATION_LENGTH) String explanation) {
    }

    /** The day the statement requested came. */
    public record StatementReceived(LocalDate receivedOn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid RegisterComplaint command,
                             @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        Registration r = registration.register(command, idempotencyKey);
        ComplaintDetail c = r.complaint();
        Response.ResponseBuilder b = Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build())
                .tag(etag(c.version())).entity(c);
        if (r.replayed()) {
            b.header("Idempotent-Replayed", "true");
        }
        return b.build();
    }

    @GET
    public Page<ComplaintSummary> list(@QueryParam("inbox") Inbox inbox,
                                       @QueryParam("state") List<ComplaintState> states,
                                       @QueryParam("theme") Theme theme,
                                       @QueryParam("entity") Long entityId,
                                       @QueryParam("area") Long pilotAreaId,
                                       @QueryParam("assignee") String assignee,
                                       @QueryParam("overdue") Boolean overdue,
                                       @QueryParam("dueSoon") boolean dueSoon,
                                       @QueryParam("statementOverdue") boolean statementOverdue,
                                       @QueryParam("year") Integer year,
                                       @QueryParam("caseNumber") String caseNumber,
                                       @QueryParam("first") @DefaultValue("0") @Min(0) int first,
                                       @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max,
                                       @QueryParam("sort") ComplaintQuery.SortField sort,
                                       @QueryParam("desc") @DefaultValue("true") boolean descending) {
        return complaints.search(new ComplaintQuery(inbox, states == null ? Set.of() : Set.copyOf(states), theme,
                entityId, pilotAreaId, assignee, overdue, dueSoon, statementOverdue, year, caseNumber, first, max, sort,
                !descending));
    }

    /**
     * Assigns several complaints, each read at its {@code version}, to {@code assignee} (null: clears): each
     * one a change of its own, audited and version-checked; what one refuses is reported for it and the
     * others are assigned (200 with a result per complaint, in the order given).
     */
    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkAssignmentResult assignAll(@NotNull @Valid BulkAssignment body) {
        List<AssignmentOutcome> results = assignments.assign(body.complaints(), body.assignee()).stream()
                .map(AssignmentOutcome::of).toList();
        int assigned = (int) results.stream().filter(r -> r.status() == 200).count();
        return new BulkAssignmentResult(assigned, results.size() - assigned, results);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ComplaintDetail c = complaints.view(id, CHANNEL);
        return Response.ok(c).tag(etag(c.version())).build();
    }

    /** For other cases (a measure opened on a remark or finding) to refer to a complaint. */
    @GET
    @Path("{id}/reference")
    public ComplaintReference reference(@PathParam("id") long id) {
        return complaints.reference(id);
    }

    @GET
    @Path("by-case-number/{prefix}/{serial}/{year}")
    public ComplaintReference byCaseNumber(@PathParam("prefix") String prefix, @PathParam("serial") int serial,
                                           @PathParam("year") int year) {
        CaseNumber n = CaseNumber.parse(prefix + "/" + serial + "/" + year);
        return complaints.findReference(n).orElseThrow(() -> new NotFoundException("complaint", n));
    }

    @GET
    @Path("{id}/audit")
    public List<AuditEntry> audit(@PathParam("id") long id) {
        return complaints.timeline(id);
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid Assignment body) {
        return changed(workflow.assign(id, body.assignee(), requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/special-reason")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response specialReason(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid SpecialReason body) {
        return changed(workflow.recordSpecialReason(id, body.reason(), requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/mask-identity-numbers")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response mask(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(workflow.maskIdentityNumbers(id, requiredVersion(ifMatch)));
    }

    /** HL 30 §: the caller declares themselves disqualified in the case (HL 27–28 §). */
    @POST
    @Path("{id}/disqualification")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declareDisqualification(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                            @NotNull @Valid DisqualificationDeclaration body) {
        return changed(workflow.declareDisqualification(id, body.ground(), body.explanation(), requiredVersion(ifMatch)));
    }

    /** The statement requested came ({@code receivedOn}, default today): those asked are heard (HL 34 §). */
    @POST
    @Path("{id}/statement-received")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response statementReceived(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Valid StatementReceived body) {
        LocalDate on = body == null || body.receivedOn() == null ? LocalDate.now(clock) : body.receivedOn();
        return changed(workflow.recordStatement(id, on, requiredVersion(ifMatch)));
    }

    /** The letter to the complainant (transfer, HL 21 §; not investigated, HL 53 b § 1 mom), as text. */
    @GET
    @Path("{id}/notice")
    public NoticeDocument notice(@PathParam("id") long id) {
        return notices.compose(id, CHANNEL);
    }

    /** The letter to the complainant as a PDF download, in the language of proceedings. */
    @GET
    @Path("{id}/notice.pdf")
    @Produces("application/pdf")
    public Response noticePdf(@PathParam("id") long id) {
        byte[] pdf = notices.pdf(id, CHANNEL);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", contentDisposition("notice-" + id + ".pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** A workflow action by its slug, e.g. {@code POST /complaints/1000/request-statement}. */
    @POST
    // the named sub-resources above are not actions, whatever order the runtime tries templates in
    @Path("{id}/{action: (?!(?:assign|special-reason|mask-identity-numbers|attachments|reference|audit|disqualification|statement-received|notice)$)[a-z-]+}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response act(@PathParam("id") long id, @PathParam("action") String slug,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionInput input) {
        ComplaintAction action = ComplaintAction.fromSlug(slug)
                .orElseThrow(() -> new NotFoundException("complaint action", slug));
        return changed(workflow.act(id, action, requiredVersion(ifMatch), input));
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return complaints.view(id, CHANNEL).attachments();
    }

    /** Uploads a document: the body is the file, {@code fileName} its name; at most the configured size. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body,
                           @Context UriInfo uri, @Context HttpHeaders headers) throws IOException {
        long limit = documents.attachmentLimit();
        if (length != null && length > limit) {
            return tooLarge(limit, headers);
        }
        byte[] content = readAtMost(body, limit);
        if (content == null) {
            return tooLarge(limit, headers);
        }
        AttachmentView a = documents.addAttachment(id, fileName, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    /** A document, always as a download (never rendered inline). */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                             @HeaderParam(DisclosureHeaders.RECIPIENT) String recipient,
                             @HeaderParam(DisclosureHeaders.PURPOSE) String purpose) {
        AttachmentFile f = documents.attachment(id, attachmentId, CHANNEL, recipient, purpose);
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", contentDisposition(f.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Runs the overdue check now, or for a missed past day {@code today} (ADMIN; the timer runs it every night). */
    @POST
    @Path("deadline-check")
    public DeadlineCheckResult deadlineCheck(@QueryParam("today") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String today) {
        LocalDate day = today == null ? LocalDate.now(clock) : LocalDate.parse(today);
        return new DeadlineCheckResult(day, deadlineCheck.runFor(day));
    }

    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Response tooLarge(long limit, HttpHeaders headers) {
        return ProblemMappers.problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "attachment.too-large",
                "A document is at most " + limit + " bytes", headers::getAcceptableLanguages, String.valueOf(limit)).toResponse();
    }

    private static Response changed(ComplaintDetail c) {
        return Response.ok(c).tag(etag(c.version())).build();
    }

    static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version the client acts on, from If-Match ({@code "3"}, {@code W/"3"}); {@code *} means any.
     * Without If-Match: 428, so no client changes a case it has not read.
     */
    static Long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            // HTTP 428; the WebApplicationException mapper turns it into problem+json
            throw new WebApplicationException(Response.status(Response.Status.PRECONDITION_REQUIRED).build());
        }
        String v = ifMatch.strip();
        if (v.equals("*")) {
            return null;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "").strip();
        if (!VERSION.matcher(v).matches()) {
            throw new StaleVersionException("If-Match " + ifMatch + " names no version of this complaint");
        }
        return Long.parseLong(v);
    }
}
