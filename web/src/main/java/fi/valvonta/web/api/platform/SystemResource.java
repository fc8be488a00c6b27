package fi.valvonta.web.api.platform;

import fi.valvonta.ejb.platform.SystemInfo;
import fi.valvonta.ejb.platform.SystemService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** System facts (ADMIN, AUDITOR): persistence provider, database, schema version, agency. */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SystemResource {

    @Inject
    SystemService system;

    @GET
    public SystemInfo info() {
        return system.info();
    }
}
