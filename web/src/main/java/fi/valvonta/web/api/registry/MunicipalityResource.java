package fi.valvonta.web.api.registry;

import fi.valvonta.model.registry.EntityKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import fi.valvonta.ejb.registry.ServiceDetails;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.ejb.registry.LanguageFilter;
import fi.valvonta.ejb.registry.MunicipalityQuery;
import fi.valvonta.ejb.registry.MunicipalitySummary;
import fi.valvonta.ejb.registry.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The municipalities of the registry. */
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MunicipalityResource {

    @Inject
    RegistryService registry;

    @GET
    public Page<MunicipalitySummary> list(@QueryParam("area") Long pilotAreaId,
                                          @QueryParam("employmentArea") Long employmentAreaId,
                                          @QueryParam("language") LanguageFilter language,
                                          @QueryParam("q") String nameContains,
                                          @QueryParam("first") @DefaultValue("0") @Min(0) int first,
                                          @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max,
                                          @QueryParam("sort") MunicipalityQuery.SortField sort,
                                          @QueryParam("desc") @DefaultValue("false") boolean descending) {
        return registry.searchMunicipalities(
                new MunicipalityQuery(pilotAreaId, employmentAreaId, language, nameContains, first, max, sort, !descending));
    }

    /** One municipality with its history: pilot area (2021–2024) and employment-area memberships. */
    @GET
    @Path("{id}")
    public MunicipalitySummary get(@PathParam("id") long id) {
        return registry.getMunicipality(id);
    }

    /** How decisions reach it (ADMIN): business ID (Y-tunnus) and postal address; 422 for a wrong check digit. */
    @PUT
    @Path("{id}/service-details")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceDetails recordServiceDetails(@PathParam("id") long id, @NotNull @Valid ServiceDetails details) {
        return registry.recordServiceDetails(id, EntityKind.MUNICIPALITY, details);
    }
}
