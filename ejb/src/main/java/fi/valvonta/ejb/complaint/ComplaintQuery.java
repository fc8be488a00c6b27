package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Theme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Filters, order and paging of the case list. {@code entityId} is a municipality or employment area,
 * {@code pilotAreaId} a pilot area; {@code caseNumber} is matched exactly. {@code dueSoon} and
 * {@code statementOverdue} narrow the list to those (false: no narrowing), as the inboxes of the same
 * names do, so that they combine with {@link Inbox#MINE}.
 */
public record ComplaintQuery(Inbox inbox,
                             Set<ComplaintState> states,
                             Theme theme,
                             Long entityId,
                             Long pilotAreaId,
                             @Size(max = 64) String assignee,
                             Boolean overdue,
                             boolean dueSoon,
                             boolean statementOverdue,
                             @Min(2000) @Max(2100) Integer year,
                             @Size(max = 40) String caseNumber,
                             @Min(0) int first,
                             @Min(1) @Max(500) int max,
                             SortField sort,
                             boolean ascending) {

    public enum SortField { RECEIVED, CASE_NUMBER, STATE, DEADLINE, ENTITY }

    public ComplaintQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? SortField.RECEIVED : sort;
    }

    public ComplaintQuery(Inbox inbox, Set<ComplaintState> states, Theme theme, Long entityId, Long pilotAreaId,
                          String assignee, Boolean overdue, Integer year, String caseNumber, int first, int max,
                          SortField sort, boolean ascending) {
        this(inbox, states, theme, entityId, pilotAreaId, assignee, overdue, false, false, year, caseNumber, first, max,
                sort, ascending);
    }

    public static ComplaintQuery page(int first, int max) {
        return new ComplaintQuery(null, null, null, null, null, null, null, null, null, first, max, null, false);
    }

    /** The first page of an inbox, unfiltered. */
    public static ComplaintQuery inbox(Inbox inbox) {
        return new ComplaintQuery(inbox, null, null, null, null, null, null, null, null, 0, 50, null, false);
    }

    /** This query narrowed to overdue cases. */
    public ComplaintQuery overdueOnly() {
        return new ComplaintQuery(inbox, states, theme, entityId, pilotAreaId, assignee, Boolean.TRUE, dueSoon,
                statementOverdue, year, caseNumber, first, max, sort, ascending);
    }

    /** This query narrowed to cases due soon. */
    public ComplaintQuery dueSoonOnly() {
        return new ComplaintQuery(inbox, states, theme, entityId, pilotAreaId, assignee, overdue, true,
                statementOverdue, year, caseNumber, first, max, sort, ascending);
    }

    /** This query narrowed to cases whose statement or reply is overdue. */
    public ComplaintQuery statementOverdueOnly() {
        return new ComplaintQuery(inbox, states, theme, entityId, pilotAreaId, assignee, overdue, dueSoon,
                true, year, caseNumber, first, max, sort, ascending);
    }

    /**
     * The filters as the query parameters of {@code GET /complaints} and of the case list's page, those
     * set only (no paging, no order): what a link to this list carries.
     */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "inbox", inbox);
        if (states.size() == 1) {
            put(p, "state", states.iterator().next());
        } else if (!states.isEmpty()) {
            throw new IllegalStateException("a link names at most one state");
        }
        put(p, "theme", theme);
        put(p, "entity", entityId);
        put(p, "area", pilotAreaId);
        put(p, "assignee", assignee);
        put(p, "overdue", overdue);
        put(p, "dueSoon", dueSoon ? Boolean.TRUE : null);
        put(p, "statementOverdue", statementOverdue ? Boolean.TRUE : null);
        put(p, "year", year);
        put(p, "caseNumber", caseNumber);
        return Collections.unmodifiableMap(p);
    }

    private static void put(Map<String, String> p, String name, Object value) {
        if (value != null) {
            p.put(name, value.toString());
        }
    }
}
