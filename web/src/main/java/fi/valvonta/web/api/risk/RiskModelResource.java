package fi.valvonta.web.api.risk;

import fi.valvonta.ejb.risk.RiskModelService;
import fi.valvonta.ejb.risk.RiskModelView;
import fi.valvonta.ejb.risk.RiskParametersDto;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Versions of the risk model; a version an adopted plan uses is locked (PUT answers 409). */
@Path("risk-models")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RiskModelResource {

    @Inject
    RiskModelService models;

    @GET
    public List<RiskModelView> list() {
        return models.list();
    }

    /** The shipped default parameters: a starting point for a new version. */
    @GET
    @Path("defaults")
    public RiskParametersDto defaults() {
        return models.defaults();
    }

    @GET
    @Path("{id}")
    public RiskModelView get(@PathParam("id") long id) {
        return models.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid RiskParametersDto parameters, @Context UriInfo uri) {
        RiskModelView created = models.create(parameters);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RiskModelView revise(@PathParam("id") long id, @NotNull @Valid RiskParametersDto parameters) {
        return models.revise(id, parameters);
    }
}
