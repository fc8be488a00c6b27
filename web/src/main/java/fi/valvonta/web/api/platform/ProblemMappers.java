package fi.valvonta.web.api.platform;

import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StaleVersionException;
import fi.valvonta.model.platform.TooManyRequestsException;
import fi.valvonta.model.platform.UnavailableException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception the API can meet, mapped to problem+json. No stack trace ever reaches a client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response business(BusinessException e) {
        if (e instanceof TooManyRequestsException t) {
            return Response.status(TOO_MANY).type(Problem.PROBLEM_JSON)
                    .entity(Problem.of(TOO_MANY, e.code(), e.getMessage(), null))
                    .header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, Math.max(1, (t.retryAfter().toMillis() + 999) / 1000))
                    .build();
        }
        List<Problem.FieldError> errors = e instanceof RuleViolationException r && r.field() != null
                ? List.of(new Problem.FieldError(r.field(), e.getMessage())) : null;
        return Problem.of(statusOf(e), e.code(), e.getMessage(), errors).toResponse();
    }

    /** The HTTP status a refusal answers with: 404, 409, 403, 503, 412, else 422 (a rule of the request's content). */
    public static Response.StatusType statusOf(BusinessException e) {
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return Status.CONFLICT;
        }
        if (e instanceof ForbiddenException) {
            return Status.FORBIDDEN;
        }
        if (e instanceof UnavailableException) {
            return Status.SERVICE_UNAVAILABLE;
        }
        if (e instanceof StaleVersionException) {
            return Status.PRECONDITION_FAILED;
        }
        return UNPROCESSABLE;
    }

    static Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(UNPROCESSABLE, "validation", "The request has invalid fields", errors).toResponse();
    }

    /**
     * The field a violation is about, as the client named it: the bean property path inside a request
     * body ("nameFi", "memberIds[0]"), or the query/path parameter itself ("id").
     */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new java.util.ArrayList<>();
        String parameter = null;
        for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]"
                        : node.getName() == null ? "" : node.getName());
            }
        }
        String path = String.join(".", names.stream().filter(n -> !n.isEmpty()).toList());
        return !path.isEmpty() ? path : parameter != null ? parameter : v.getPropertyPath().toString();
    }

    static final Response.StatusType TOO_MANY = Status.TOO_MANY_REQUESTS;

    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override public int getStatusCode() { return 422; }
        @Override public Status.Family getFamily() { return Status.Family.CLIENT_ERROR; }
        @Override public String getReasonPhrase() { return "Unprocessable Content"; }
    };

    @Provider
    public static class BusinessMapper implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            return business(e);
        }
    }

    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return validation(e);
        }
    }

    /** Unreadable JSON, or JSON of the wrong shape. */
    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(Status.BAD_REQUEST, "malformed-json", "The request body is not valid JSON for this resource", null)
                    .toResponse();
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.of(Status.BAD_REQUEST, "malformed-json", "The request body could not be read", null).toResponse();
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(Status.PRECONDITION_FAILED, "stale-version",
                    "The record was changed by someone else; reload it and try again", null).toResponse();
        }
    }

    @Provider
    public static class AccessMapper implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.of(Status.FORBIDDEN, "forbidden", "Your role does not allow this", null).toResponse();
        }
    }

    /** JAX-RS's own errors (404 for unknown paths, 405, 415, 403 from @RolesAllowed …) keep their status. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            Response.StatusType status = r.getStatusInfo();
            Problem p = Problem.of(status, status.getReasonPhrase().toLowerCase().replace(' ', '-'),
                    status.getStatusCode() == 403 ? "Your role does not allow this" : status.getReasonPhrase(), null);
            Response.ResponseBuilder b = Response.status(status.getStatusCode()).type(Problem.PROBLEM_JSON).entity(p);
            r.getHeaders().forEach((k, v) -> {
                if (!"Content-Type".equalsIgnoreCase(k)) {
                    v.forEach(x -> b.header(k, x));
                }
            });
            return b.build();
        }
    }

    /** EJB wraps runtime exceptions that are not application exceptions; map what is inside. */
    @Provider
    public static class EjbMapper implements ExceptionMapper<EJBException> {
        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
            while (cause instanceof EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause != null && !(cause instanceof EJBException)) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null) {
                    return mapper.toResponse(cause);
                }
            }
            return unexpected(e);
        }
    }

    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e);
        }
    }

    static Response unexpected(Throwable e) {
        LOG.log(Level.SEVERE, "Unexpected error in the API", e);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Unexpected error; it has been logged", null).toResponse();
    }
}
