package fi.valvonta.web.ui.search;

import fi.valvonta.ejb.platform.Page;
import fi.valvonta.ejb.search.SearchHit;
import fi.valvonta.ejb.search.SearchService;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.search.SearchHitType;
import fi.valvonta.model.search.SearchPermissions;
import fi.valvonta.model.security.Role;
import fi.valvonta.web.ui.platform.UiMessages;
import fi.valvonta.web.ui.security.UserBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The results page ({@code search.xhtml?q=&first=}): a page of hits from the header's box, each linked to its
 * own page; paged with links, so every page of results has its address. An empty or too long query is the
 * search's refusal, shown by the UI's one error path.
 */
@Named
@ViewScoped
public class SearchBean implements Serializable {

    /** Hits per page. */
    static final int PAGE = 20;

    @Inject
    transient SearchService search;

    @Inject
    UserBean user;

    private String q;
    private int first;
    private Page<SearchHit> result;

    public void load() {
        result = search.search(q, first, PAGE, AuditChannel.UI);
    }

    /** The page a hit opens: the complaint, the measure case's latest measure, the inspection. */
    public String outcome(SearchHit h) {
        return switch (h.type()) {
            case COMPLAINT -> "/complaints/complaint";
            case MEASURE_CASE -> "/measures/measure";
            case INSPECTION -> "/inspection/inspection";
        };
    }

    /** The hit's entity in the user's language: the Swedish name for Swedish, where there is one. */
    public String entityName(SearchHit h) {
        return "sv".equals(UiMessages.locale().getLanguage()) && h.entityNameSv() != null ? h.entityNameSv() : h.entityNameFi();
    }

    /** What the hit is about: a measure case's subject, the kind of inspection; a complaint has none to show. */
    public String subject(SearchHit h) {
        return switch (h.type()) {
            case COMPLAINT -> "";
            case MEASURE_CASE -> h.title() + (h.kind() == null ? "" : " (" + UiMessages.text("measureType." + h.kind()) + ")");
            case INSPECTION -> UiMessages.text("inspectionType." + h.kind());
        };
    }

    public String state(SearchHit h) {
        if (h.state() == null) {
            return "";
        }
        return UiMessages.text(switch (h.type()) {
            case COMPLAINT -> "complaint.state.";
            case MEASURE_CASE -> "measureState.";
            case INSPECTION -> "inspection.state.";
        } + h.state());
    }

    /** The kinds of record the user's search covers, for the page to say so. */
    public String getScope() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> user.hasRole(r.name())).forEach(roles::add);
        Set<SearchHitType> visible = SearchPermissions.visibleTo(roles);
        return String.join(", ", visible.stream().map(t -> UiMessages.text("search.types." + t)).toList());
    }

    public boolean isHasPrevious() {
        return result != null && first > 0;
    }

    public boolean isHasNext() {
        return result != null && first + PAGE < result.total();
    }

    public int getPreviousFirst() {
        return Math.max(0, first - PAGE);
    }

    public int getNextFirst() {
        return first + PAGE;
    }

    /** The numbers of the first and the last hit shown (1-based). */
    public int getFrom() {
        return first + 1;
    }

    public long getTo() {
        return result == null ? 0 : first + result.items().size();
    }

    public List<SearchHit> getHits() {
        return result == null ? List.of() : result.items();
    }

    public Page<SearchHit> getResult() { return result; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public int getFirst() { return first; }
    public void setFirst(int first) { this.first = Math.max(0, first); }
}
