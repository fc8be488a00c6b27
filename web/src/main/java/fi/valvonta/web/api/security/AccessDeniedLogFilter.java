package fi.valvonta.web.api.security;

import fi.valvonta.model.security.SecurityEventKind;
import fi.valvonta.web.api.platform.Problem;
import fi.valvonta.web.security.AccessDenials;
import fi.valvonta.web.security.ValvontaAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every 401 and 403 of the API goes to the security log: a call without credentials, and a signed-in
 * caller refused by role (a JAX-RS role check, an EJB access refusal or a rule of the domain). Failed
 * sign-ins are already there, written by the sign-in itself.
 */
@Provider
public class AccessDeniedLogFilter implements ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext response) {
        int status = response.getStatus();
        String code = response.getEntity() instanceof Problem p ? p.code() : null;
        if (status == 401 && request.getAttribute(ValvontaAuthenticationMechanism.BAD_CREDENTIALS) == null
                && request.getAttribute(ValvontaAuthenticationMechanism.SIGN_IN_LOCKED) == null) {
            AccessDenials.record(request, SecurityEventKind.UNAUTHENTICATED, code);
        } else if (status == 403) {
            AccessDenials.record(request, SecurityEventKind.ACCESS_DENIED, code);
        }
    }
}
