package fi.valvonta.web.api.work;

import fi.valvonta.ejb.work.MyWork;
import fi.valvonta.ejb.work.WorkCount;
import fi.valvonta.ejb.work.WorkService;
import fi.valvonta.model.work.WorkList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The caller's work, as the home page shows it: per item its code, count and the list of exactly those
 * items, as the filter, the API call ({@code href}) and the page ({@code page}).
 */
@Path("me/work")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class WorkResource {

    /** One work item; {@code href} lists the items through the API, {@code page} in the UI. */
    public record Item(String code, WorkList list, long count, Map<String, String> filter, String href, String page) {
    }

    public record Work(LocalDate today, List<Item> items) {
    }

    @Inject
    WorkService work;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public Work mine() {
        MyWork mine = work.mine();
        return new Work(mine.today(), mine.items().stream().map(this::item).toList());
    }

    private Item item(WorkCount c) {
        WorkList list = c.item().list();
        String q = WorkLinks.query(c.filter());
        String href = uri.getBaseUriBuilder().path(WorkLinks.apiPath(list)).build() + (q.isEmpty() ? "" : "?" + q);
        return new Item(c.item().code(), list, c.count(), c.filter(), href,
                WorkLinks.pageLink(request.getContextPath(), list, c.filter()));
    }
}
