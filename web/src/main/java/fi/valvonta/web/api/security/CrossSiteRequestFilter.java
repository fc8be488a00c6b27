package fi.valvonta.web.api.security;

import fi.valvonta.web.api.platform.ProblemMappers;
import fi.valvonta.model.security.SecurityEventKind;
import fi.valvonta.web.api.platform.Problem;
import fi.valvonta.web.security.AccessDenials;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Set;

/**
 * No state change by a cross-site request: a page elsewhere can make a browser send a form
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}) or {@code text/plain} body, or
 * a body-less request, without asking this server first (no CORS preflight) — so the API refuses those
 * for every method but GET, HEAD and OPTIONS with 415 problem+json. A body-less call names itself with the
 * header {@code X-Requested-By} (any value) or carries {@code If-Match}: headers a cross-site page cannot
 * set without a preflight, which this server never grants.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    public static final String REQUESTED_BY = "X-Requested-By";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE_METHODS.contains(context.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String refusal = refusal(context.getHeaderString(HttpHeaders.CONTENT_TYPE),
                context.getHeaderString(REQUESTED_BY), context.getHeaderString(HttpHeaders.IF_MATCH));
        if (refusal != null) {
            AccessDenials.record(request, SecurityEventKind.CROSS_SITE_REFUSED, refusal);
            context.abortWith(ProblemMappers.problem(Response.Status.UNSUPPORTED_MEDIA_TYPE, "cross-site-request-refused",
                    refusal, context::getAcceptableLanguages, refusal).toResponse());
        }
    }

    /** Why a state-changing request is refused, or null if it could not have come from another site. */
    static String refusal(String contentType, String requestedBy, String ifMatch) {
        if (contentType == null || contentType.isBlank()) {
            return requestedBy != null || ifMatch != null ? null
                    : "A call without a body needs the header " + REQUESTED_BY + " (or If-Match)";
        }
        int semicolon = contentType.indexOf(';');
        String bare = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (!bare.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
            return "Unreadable Content-Type";
        }
        return SIMPLE_TYPES.contains(bare)
                ? "Content-Type " + bare + " is not accepted: send application/json (text/csv for imports,"
                  + " application/octet-stream or the document's own type for uploads)"
                : null;
    }
}
