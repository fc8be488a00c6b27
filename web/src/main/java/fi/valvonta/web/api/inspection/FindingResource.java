package fi.valvonta.web.api.inspection;

import fi.valvonta.ejb.inspection.FindingView;
import fi.valvonta.ejb.inspection.InspectionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Inspection findings by id: what a measure case refers to. */
@Path("findings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class FindingResource {

    @Inject
    InspectionService inspections;

    @GET
    @Path("{id}")
    public FindingView get(@PathParam("id") long id) {
        return inspections.finding(id);
    }
}
