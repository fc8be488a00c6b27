package fi.valvonta.web.api.intake;

import fi.valvonta.web.api.platform.ProblemMappers;
import fi.valvonta.ejb.intake.PublicComplaintService;
import fi.valvonta.ejb.intake.PublicComplaintSettings;
import fi.valvonta.ejb.intake.PublicReceipt;
import fi.valvonta.ejb.intake.SubmitComplaint;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.intake.PublicStatus;
import fi.valvonta.model.platform.Language;
import fi.valvonta.web.api.platform.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public e-service's API, open to anyone without signing in ({@link PermitAll}: the one API resource the
 * authentication filter lets through): send a complaint ({@code POST /public/complaints}, JSON), add documents
 * to it through its status token ({@code POST /public/complaints/status/{token}/attachments?fileName=}, the body
 * is the file) and follow it ({@code GET /public/complaints/status/{token}}); the municipalities and
 * employment areas a complaint may be about ({@code GET /public/entities}).
 *
 * <p>Cross-site requests: nothing here rests on a cookie or on credentials, yet the API's
 * {@code CrossSiteRequestFilter} still applies, on purpose: a complaint is JSON and a document is sent with its
 * own type or {@code application/octet-stream}, never as a form or text a page of another site could make a
 * visitor's browser send without a preflight (which this server never grants). Otherwise any page could have
 * its visitors' browsers send complaints for it, from as many addresses as it has visitors, past the
 * per-address quota.
 */
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
// no credentials: the OpenAPI document says so
@SecurityRequirements
public class PublicComplaintResource {

    /** The view of a link in the public UI. */
    public static final String STATUS_VIEW = PublicComplaintSettings.STATUS_VIEW;

    @Inject
    PublicComplaintService service;

    @Context
    HttpServletRequest request;

    /** The receipt, with where to follow the complaint: the link for a person and the path for a program. */
    public record Receipt(String caseNumber, LocalDate receivedDate, Instant receivedAt, String statusToken, URI statusUrl,
                          String statusApi, Language proceedingsLanguage, Language contactLanguage,
                          Instant documentsUntil, int documentsRemaining, boolean emailReceipt) {
    }

    @GET
    @Path("entities")
    public List<SupervisedEntityRef> entities() {
        return service.entities();
    }

    /** Sends a complaint: 201 with the receipt; 422 with the fields, 429 with Retry-After when over the quota. */
    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicBodyLimit
    public Response submit(@NotNull @Valid SubmitComplaint complaint, @Context UriInfo uri) {
        PublicReceipt r = service.submit(complaint, List.of(), request.getRemoteAddr(), AuditChannel.API);
        String api = "/api/v1/public/complaints/status/" + r.statusToken();
        Receipt receipt = new Receipt(r.caseNumber(), r.receivedDate(), r.receivedAt(), r.statusToken(),
                statusUrl(uri, request.getContextPath(), r.statusToken()), api, r.proceedingsLanguage(),
                r.contactLanguage(), r.documentsUntil(), r.documentsRemaining(), r.emailReceipt());
        return Response.created(uri.getBaseUriBuilder().path("public/complaints/status").path(r.statusToken()).build())
                .entity(receipt).build();
    }

    /** The complaint as its sender may see it; 404 for a token that is unknown or has expired. */
    @GET
    @Path("complaints/status/{token}")
    public PublicStatus status(@PathParam("token") String token) {
        return service.status(token);
    }

    /** Adds a document to the complaint: the body is the file, {@code fileName} its name. */
    @POST
    @Path("complaints/status/{token}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response addDocument(@PathParam("token") String token, @QueryParam("fileName") String fileName,
                                @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body,
                                @Context HttpHeaders headers) throws IOException {
        long limit = service.documentLimit();
        byte[] content = length != null && length > limit ? null : readAtMost(body, limit);
        if (content == null) {
            return ProblemMappers.problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "attachment.too-large",
                    "A document is at most " + limit + " bytes", headers::getAcceptableLanguages, String.valueOf(limit)).toResponse();
        }
        return Response.status(Response.Status.CREATED).entity(service.addDocument(token, fileName, content)).build();
    }

    /** The status page of the public UI for {@code token}, on the server the request came to. */
    static URI statusUrl(UriInfo uri, String contextPath, String token) {
        return UriBuilder.fromUri(uri.getBaseUri()).replacePath(contextPath + STATUS_VIEW).replaceQuery(null)
                .queryParam("t", token).build();
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
}
