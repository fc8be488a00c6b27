package fi.valvonta.web.api.platform;

import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StaleVersionException;
import fi.valvonta.model.platform.TooManyRequestsException;
import fi.valvonta.model.platform.UnavailableException;
import fi.valvonta.web.i18n.BundleTexts;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception the API can meet, mapped to problem+json. No stack trace ever reaches a client. The
 * {@code detail} (and a field error's message) is in the request's language (Accept-Language: fi, the
 * default, sv or en), the text the UI shows for the same code ({@code error.<code>} of the bundle); the
 * {@code code} stays the stable key for programs.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The language of the current request's answer: the first of fi, sv, en its Accept-Language names, else fi. */
    static Locale language(HttpHeaders headers) {
        return headers == null ? BundleTexts.FINNISH : language(headers::getAcceptableLanguages);
    }

    /** As {@link #language(HttpHeaders)}, the languages read lazily from wherever the request keeps them. */
    private static Locale language(java.util.function.Supplier<List<Locale>> acceptable) {
        try {
            return BundleTexts.languageOf(acceptable.get());
        } catch (RuntimeException unreadable) {
            return BundleTexts.FINNISH; // a malformed Accept-Language is no reason to lose the problem itself
        }
    }

    /**
     * A problem raised outside the exception mappers (a filter, a size check): its detail the bundle's
     * {@code error.<code>} with {@code args} in the first of fi, sv and en the client accepts ({@code acceptable},
     * read lazily: a malformed Accept-Language answers in Finnish), else the English {@code fallback}.
     */
    public static Problem problem(Response.StatusType status, String code, String fallback,
                                  java.util.function.Supplier<List<Locale>> acceptable, Object... args) {
        return Problem.of(status, code, BundleTexts.textOr(language(acceptable), "error." + code, fallback, args), null);
    }

    /** The bundle's {@code error.<code>} in {@code locale}, else the English {@code fallback}. */
    public static String detail(Locale locale, String code, String fallback) {
        return BundleTexts.textOr(locale, "error." + code, fallback);
    }

    static Response business(BusinessException e, Locale locale) {
        String detail = BundleTexts.refusal(e, locale);
        if (e instanceof TooManyRequestsException t) {
            return Response.status(TOO_MANY).type(Problem.PROBLEM_JSON)
                    .entity(Problem.of(TOO_MANY, e.code(), detail, null))
                    .header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, Math.max(1, (t.retryAfter().toMillis() + 999) / 1000))
                    .build();
        }
        List<Problem.FieldError> errors = e instanceof RuleViolationException r && r.field() != null
                ? List.of(new Problem.FieldError(r.field(), detail)) : null;
        return Problem.of(statusOf(e), e.code(), detail, errors).toResponse();
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

    static Response validation(ConstraintViolationException e, Locale locale) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), messageOf(v, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(UNPROCESSABLE, "validation", detail(locale, "validation", "The request has invalid fields"), errors)
                .toResponse();
    }

    /** A violation's message interpolated again in {@code locale} (ValidationMessages_fi/sv/en), else as it was. */
    static String messageOf(ConstraintViolation<?> v, Locale locale) {
        try {
            return INTERPOLATOR.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("no " + type.getName());
                }
            }, locale);
        } catch (RuntimeException notInterpolated) {
            return v.getMessage();
        }
    }

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

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
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException e) {
            return business(e, language(headers));
        }
    }

    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return validation(e, language(headers));
        }
    }

    /** Unreadable JSON, or JSON of the wrong shape. */
    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(Status.BAD_REQUEST, "malformed-json", detail(language(headers), "malformed-json",
                    "The request body is not valid JSON for this resource"), null).toResponse();
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.of(Status.BAD_REQUEST, "malformed-json", detail(language(headers), "malformed-json",
                    "The request body could not be read"), null).toResponse();
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(Status.PRECONDITION_FAILED, "stale-version", detail(language(headers), "stale-version",
                    "The record was changed by someone else; reload it and try again"), null).toResponse();
        }
    }

    @Provider
    public static class AccessMapper implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.of(Status.FORBIDDEN, "forbidden", detail(language(headers), "forbidden", "Your role does not allow this"),
                    null).toResponse();
        }
    }

    /** JAX-RS's own errors (404 for unknown paths, 405, 415, 403 from @RolesAllowed …) keep their status. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            Response.StatusType status = r.getStatusInfo();
            String code = status.getReasonPhrase().toLowerCase().replace(' ', '-');
            Problem p = Problem.of(status, code, status.getStatusCode() == 403
                    ? detail(language(headers), "forbidden", "Your role does not allow this")
                    : detail(language(headers), "http." + code, status.getReasonPhrase()), null);
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

        @Context
        HttpHeaders headers;

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
            return unexpected(e, language(headers));
        }
    }

    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, language(headers));
        }
    }

    static Response unexpected(Throwable e, Locale locale) {
        LOG.log(Level.SEVERE, "Unexpected error in the API", e);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error",
                detail(locale, "internal-error", "Unexpected error; it has been logged"), null).toResponse();
    }
}
