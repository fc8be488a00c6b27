package fi.valvonta.web.api.security;

import fi.valvonta.web.api.platform.Problem;

import fi.valvonta.web.security.ValvontaAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Every API call needs a signed-in caller: without one, 401 problem+json with a Basic challenge. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequiredFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        boolean badCredentials = request.getAttribute(ValvontaAuthenticationMechanism.BAD_CREDENTIALS) != null;
        Problem problem = Problem.of(Response.Status.UNAUTHORIZED, "unauthorized",
                badCredentials ? "Wrong username or password" : "Authentication required (HTTP Basic)", null);
        context.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Valvonta\", charset=\"UTF-8\"")
                .type(Problem.PROBLEM_JSON).entity(problem).build());
    }
}
