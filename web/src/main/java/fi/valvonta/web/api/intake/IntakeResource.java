package fi.valvonta.web.api.intake;

import fi.valvonta.ejb.complaint.AttachmentFile;
import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.ejb.intake.CompleteIntake;
import fi.valvonta.ejb.intake.DiscardIntake;
import fi.valvonta.ejb.intake.IntakeDetail;
import fi.valvonta.ejb.intake.IntakeRow;
import fi.valvonta.ejb.intake.IntakeService;
import fi.valvonta.ejb.intake.MailboxPoll;
import fi.valvonta.ejb.intake.MailboxReader;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.intake.IntakeState;
import fi.valvonta.web.api.complaint.ComplaintResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/**
 * The e-mail intake: {@code GET /intake?state=PENDING} is the registrars' queue; a message is registered
 * as a complaint with {@code POST /intake/{id}/registration} or set aside with {@code POST /intake/{id}/discard};
 * {@code POST /intake/poll} fetches the mailbox now.
 */
@Path("intake")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class IntakeResource {

    private static final AuditChannel CHANNEL = AuditChannel.API;

    @Inject
    IntakeService intake;

    @Inject
    MailboxPoll poll;

    @GET
    public List<IntakeRow> queue(@QueryParam("state") @DefaultValue("PENDING") IntakeState state) {
        return intake.queue(state);
    }

    @GET
    @Path("{id}")
    public IntakeDetail get(@PathParam("id") long id) {
        return intake.get(id, CHANNEL);
    }

    /** A file of the message, always as a download. */
    @GET
    @Path("{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        AttachmentFile f = intake.attachment(id, fileId, CHANNEL);
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", ComplaintResource.contentDisposition(f.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Registers the message as a complaint: 201 with the complaint, located at /complaints/{id}. */
    @POST
    @Path("{id}/registration")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") long id, CompleteIntake command) {
        ComplaintDetail c = intake.register(id, command);
        return Response.created(UriBuilder.fromResource(ComplaintResource.class).path(String.valueOf(c.id())).build())
                .entity(c).build();
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntakeDetail discard(@PathParam("id") long id, DiscardIntake command) {
        return intake.discard(id, command);
    }

    /** Fetches the mailbox now (REGISTRAR, ADMIN): what the pass read, imported, found duplicate, failed on. */
    @POST
    @Path("poll")
    public MailboxReader.Pass poll() {
        return poll.now();
    }
}
