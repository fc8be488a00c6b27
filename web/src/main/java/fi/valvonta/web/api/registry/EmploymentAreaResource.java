package fi.valvonta.web.api.registry;

import fi.valvonta.model.registry.EntityKind;
import jakarta.ws.rs.PUT;
import fi.valvonta.ejb.registry.ServiceDetails;
import fi.valvonta.ejb.registry.EmploymentAreaSummary;
import fi.valvonta.ejb.registry.EstablishEmploymentArea;
import fi.valvonta.ejb.registry.RecordLead;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.web.api.platform.QueryDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Employment areas (laki 380/2023), the second kind of supervised entity. */
@Path("employment-areas")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EmploymentAreaResource {

    @Inject
    RegistryService registry;

    /** Every area, or those supervised on {@code on} (yyyy-mm-dd), by name, each with all its memberships. */
    @GET
    public List<EmploymentAreaSummary> list(@QueryParam("on") String on) {
        return registry.employmentAreas(QueryDates.parse(on, "on"));
    }

    @GET
    @Path("{id}")
    public EmploymentAreaSummary get(@PathParam("id") long id) {
        return registry.findEmploymentArea(id).orElseThrow(() -> new NotFoundException("employment area", id));
    }

    /** Records the lead municipality (ADMIN): {@code {municipalityId, source}}. */
    @PUT
    @Path("{id}/lead")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmploymentAreaSummary recordLead(@PathParam("id") long id, @NotNull @Valid RecordLead command) {
        return registry.recordLead(id, command);
    }

    /** Forms an area from a date (ADMIN): its members move to it from their present areas. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response establish(@NotNull @Valid EstablishEmploymentArea command, @Context UriInfo uri) {
        EmploymentAreaSummary created = registry.establishEmploymentArea(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** How decisions reach it (ADMIN): business ID (Y-tunnus) and postal address; 422 for a wrong check digit. */
    @PUT
    @Path("{id}/service-details")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceDetails recordServiceDetails(@PathParam("id") long id, @NotNull @Valid ServiceDetails details) {
        return registry.recordServiceDetails(id, EntityKind.EMPLOYMENT_AREA, details);
    }
}
