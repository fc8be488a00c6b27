package fi.valvonta.web.api.security;

import fi.valvonta.model.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/** Who the caller is and which roles they hold. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

    public record Me(String username, List<Role> roles) {
    }

    @Inject
    SecurityContext security;

    @GET
    public Me me() {
        return new Me(security.getCallerPrincipal().getName(),
                Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).toList());
    }
}
