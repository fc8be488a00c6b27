package fi.valvonta.web.api.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per error code; {@code errors} lists the
 * fields a 422 is about.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors"})
public record Problem(URI type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String code, String detail, List<FieldError> errors) {
        return new Problem(URI.create("urn:valvonta:problem:" + code), status.getReasonPhrase(),
                status.getStatusCode(), detail, null, code, errors == null || errors.isEmpty() ? null : errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
