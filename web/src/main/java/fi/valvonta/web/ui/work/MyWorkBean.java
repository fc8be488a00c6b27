package fi.valvonta.web.ui.work;

import fi.valvonta.ejb.work.WorkCount;
import fi.valvonta.ejb.work.WorkService;
import fi.valvonta.model.work.WorkList;
import fi.valvonta.web.api.work.WorkLinks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The caller's work on the home page: the items their roles see, grouped by the list they link to. */
@Named
@RequestScoped
public class MyWorkBean {

    /** One count and the page of exactly those items. */
    public record Item(String code, long count, String href) {
    }

    /** The items of one list (complaints, measures, inspections). */
    public record Group(WorkList list, List<Item> items) {
    }

    @Inject
    WorkService work;

    private List<Group> groups;

    @PostConstruct
    void init() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        Map<WorkList, List<Item>> byList = new LinkedHashMap<>();
        for (WorkCount c : work.mine().items()) {
            byList.computeIfAbsent(c.item().list(), l -> new ArrayList<>()).add(new Item(c.item().code(), c.count(),
                    WorkLinks.pageLink(context, c.item().list(), c.filter())));
        }
        groups = byList.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public List<Group> getGroups() {
        return groups;
    }
}
