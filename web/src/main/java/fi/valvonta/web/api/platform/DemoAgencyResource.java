package fi.valvonta.web.api.platform;

import fi.valvonta.ejb.demo.DemoAgency;
import fi.valvonta.ejb.demo.DemoAgencyStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where the demo agency's background seeding stands (ADMIN): OFF, WAITING, RUNNING, DONE or FAILED. */
@Path("demo-agency")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DemoAgencyResource {

    @Inject
    DemoAgency agency;

    @GET
    public DemoAgencyStatus status() {
        return agency.status();
    }
}
