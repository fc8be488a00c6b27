package fi.valvonta.web.api.security;

import fi.valvonta.web.api.platform.Problem;
import fi.valvonta.web.api.platform.ProblemMappers;
import fi.valvonta.web.i18n.BundleTexts;

import fi.valvonta.web.security.ValvontaAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Duration;

/**
 * Every API call needs a signed-in caller: without one, 401 problem+json, with a Basic challenge unless the
 * caller is a browser; {@code sign-in-locked} (with Retry-After) after too many failures. A caller
 * who must change the password they were given gets 403 {@code password-change-required} for everything
 * but {@code POST /me/password}. A resource marked {@link PermitAll} (the public e-service) is open to anyone.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequiredFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        if (isPublic(resource)) {
            return;
        }
        if (context.getSecurityContext().getUserPrincipal() != null) {
            if (request.getAttribute(ValvontaAuthenticationMechanism.PASSWORD_CHANGE_REQUIRED) != null
                    && !MeResource.PASSWORD_PATH.equals(context.getUriInfo().getPath().replaceFirst("^/", ""))) {
                context.abortWith(Problem.of(Response.Status.FORBIDDEN, "password-change-required",
                        ProblemMappers.detail(language(context), "password-change-required",
                                "Change the password you were given first: POST /api/v1/me/password"), null).toResponse());
            }
            return;
        }
        Object locked = request.getAttribute(ValvontaAuthenticationMechanism.SIGN_IN_LOCKED);
        boolean badCredentials = request.getAttribute(ValvontaAuthenticationMechanism.BAD_CREDENTIALS) != null;
        Problem problem = locked != null
                ? Problem.of(Response.Status.UNAUTHORIZED, "sign-in-locked", ProblemMappers.detail(language(context),
                        "sign-in-locked", "Too many failed sign-ins for this user name or from this address: try again later"), null)
                : Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", badCredentials
                        ? ProblemMappers.detail(language(context), "unauthorized.credentials", "Wrong username or password")
                        : ProblemMappers.detail(language(context), "unauthorized", "Authentication required (HTTP Basic)"), null);
        Response.ResponseBuilder answer = Response.status(Response.Status.UNAUTHORIZED)
                .type(Problem.PROBLEM_JSON).entity(problem);
        if (locked instanceof Duration wait) {
            answer.header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds()));
        }
        // a browser that got a Basic challenge would ask for a password and then send it with every
        // request to this server, cross-site ones too: only a client that is no browser gets the challenge
        if (!isBrowser(context)) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Valvonta\", charset=\"UTF-8\"");
        }
        context.abortWith(answer.build());
    }

    /** A resource open to anyone: its class or method says {@link PermitAll} (and no method says otherwise). */
    static boolean isPublic(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        var method = resource.getResourceMethod();
        return method.isAnnotationPresent(PermitAll.class) || (resource.getResourceClass().isAnnotationPresent(PermitAll.class)
                && !method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                && !method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class));
    }

    /**
     * A request a browser sent: browsers send the Fetch Metadata headers ({@code Sec-Fetch-Mode}) with every
     * request, and a signed-in UI session sends its cookie.
     */
    static boolean isBrowser(ContainerRequestContext context) {
        return context.getHeaderString("Sec-Fetch-Mode") != null || context.getHeaderString("Sec-Fetch-Site") != null
                || context.getCookies().containsKey("JSESSIONID")
                || String.valueOf(context.getHeaderString(HttpHeaders.USER_AGENT)).startsWith("Mozilla/");
    }

    private static java.util.Locale language(ContainerRequestContext context) {
        try {
            return BundleTexts.languageOf(context.getAcceptableLanguages());
        } catch (RuntimeException unreadable) {
            return BundleTexts.FINNISH;
        }
    }
}
