package fi.valvonta.web.api.search;

import fi.valvonta.ejb.platform.Page;
import fi.valvonta.ejb.search.SearchHit;
import fi.valvonta.ejb.search.SearchService;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.search.SearchHitType;
import fi.valvonta.model.search.SearchQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.time.LocalDate;

/**
 * {@code GET /search?q=&first=&max=}: complaints, measure cases and inspections by case number, party, entity,
 * official and words, limited to what the caller's roles read; a query with nothing to search for, or longer than
 * {@value SearchQuery#MAX_LENGTH} characters, is 422. Each hit links to its own resource.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {

    @Inject
    SearchService search;

    /**
     * A hit as the API shows it: {@code entityName} in Finnish and {@code entityNameSv}; {@code party} and
     * {@code official} only when the query found that name (then use-logged); {@code link} the record's resource.
     */
    public record Result(SearchHitType type, long id, String caseNumber, String title, String kind, long entityId,
                         String entityName, String entityNameSv, String state, LocalDate date, String party,
                         String official, double rank, URI link) {
    }

    @GET
    public Page<Result> search(@QueryParam("q") String q,
                               @QueryParam("first") @DefaultValue("0") @Min(0) int first,
                               @QueryParam("max") @DefaultValue("20") @Min(1) @Max(SearchService.MAX_PAGE) int max,
                               @Context UriInfo uri) {
        Page<SearchHit> page = search.search(q, first, max, AuditChannel.API);
        return new Page<>(page.items().stream().map(h -> result(h, uri)).toList(), page.total(), page.first(), page.max());
    }

    private static Result result(SearchHit h, UriInfo uri) {
        return new Result(h.type(), h.id(), h.caseNumber(), h.title(), h.kind(), h.entityId(), h.entityNameFi(),
                h.entityNameSv(), h.state(), h.date(), h.party(), h.official(), h.rank(), link(h, uri));
    }

    private static URI link(SearchHit h, UriInfo uri) {
        return switch (h.type()) {
            case COMPLAINT -> uri.getBaseUriBuilder().path("complaints").path(String.valueOf(h.id())).build();
            // a measure case has no resource of its own: its latest measure stands for it
            case MEASURE_CASE -> h.linkId() == null ? null
                    : uri.getBaseUriBuilder().path("measures").path(String.valueOf(h.linkId())).build();
            case INSPECTION -> uri.getBaseUriBuilder().path("inspections").path(String.valueOf(h.id())).build();
        };
    }
}
