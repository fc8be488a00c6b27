package fi.valvonta.web.api.registry;

import fi.valvonta.ejb.registry.PilotAreaSummary;
import fi.valvonta.ejb.registry.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The 25 pilot areas of the employment pilots. */
@Path("pilot-areas")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PilotAreaResource {

    @Inject
    RegistryService registry;

    @GET
    public List<PilotAreaSummary> list() {
        return registry.pilotAreas();
    }
}
