package fi.valvonta.web.api.audit;

import fi.valvonta.ejb.security.SecurityEventView;
import fi.valvonta.ejb.security.SecurityLog;
import fi.valvonta.model.security.SecurityEventKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The security log (AUDITOR, ADMIN), newest first: failed sign-ins, lockouts, refused access, user
 * administration. {@code GET /audit/security-log?kind=SIGN_IN_FAILED&username=&max=100}.
 */
@Path("audit/security-log")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SecurityLogResource {

    @Inject
    SecurityLog log;

    @GET
    public List<SecurityEventView> recent(@QueryParam("kind") SecurityEventKind kind,
                                          @QueryParam("username") String username,
                                          @QueryParam("max") @DefaultValue("100") @Min(1) @Max(SecurityLog.MAX_PAGE) int max) {
        return log.recent(kind, username, max);
    }
}
