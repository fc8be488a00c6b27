package fi.valvonta.ejb.work;

import fi.valvonta.ejb.complaint.ComplaintQuery;
import fi.valvonta.ejb.complaint.Inbox;
import fi.valvonta.ejb.measure.MeasureInbox;
import fi.valvonta.ejb.measure.MeasureQuery;
import fi.valvonta.model.work.WorkItem;
import fi.valvonta.model.work.WorkList;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list each work item stands for, as the query of that list: the count is that query's COUNT and the
 * link carries its parameters, so the two cannot drift apart. Pure, tested without a server.
 */
final class WorkFilters {

    private WorkFilters() {
    }

    /** The case list of a complaint item. */
    static ComplaintQuery complaints(WorkItem item) {
        return switch (item) {
            case UNASSIGNED_COMPLAINTS -> ComplaintQuery.inbox(Inbox.UNASSIGNED);
            case COMPLAINTS_OVERDUE -> ComplaintQuery.inbox(Inbox.MINE).overdueOnly();
            case COMPLAINTS_DUE_SOON -> ComplaintQuery.inbox(Inbox.MINE).dueSoonOnly();
            case STATEMENTS_OVERDUE -> ComplaintQuery.inbox(Inbox.MINE).statementOverdueOnly();
            case COMPLAINTS_TO_DECIDE -> ComplaintQuery.inbox(Inbox.AWAITING_MY_DECISION);
            default -> throw new IllegalArgumentException(item + " is no complaint item");
        };
    }

    /** The measure list of a measure item. */
    static MeasureQuery measures(WorkItem item) {
        return switch (item) {
            case HEARINGS_OVERDUE -> MeasureQuery.inbox(MeasureInbox.HEARING_OVERDUE).mineOnly();
            case MEASURES_TO_DECIDE -> MeasureQuery.inbox(MeasureInbox.AWAITING_MY_DECISION);
            case MEASURES_TO_SERVE -> MeasureQuery.inbox(MeasureInbox.AWAITING_SERVICE).mineOnly();
            case MEASURES_AWAITING_FINALITY -> MeasureQuery.inbox(MeasureInbox.AWAITING_FINALITY).mineOnly();
            case FOLLOW_UPS_DUE -> MeasureQuery.inbox(MeasureInbox.FOLLOW_UP_DUE).mineOnly();
            default -> throw new IllegalArgumentException(item + " is no measure item");
        };
    }

    /** The calendar month of {@code today}: the inspections of an inspection item are the caller's within it. */
    static YearMonth inspectionMonth(WorkItem item, LocalDate today) {
        if (item.list() != WorkList.INSPECTIONS) {
            throw new IllegalArgumentException(item + " is no inspection item");
        }
        return YearMonth.from(today);
    }

    /** The query parameters of the inspection list ({@code GET /inspections}, the calendar page) of the caller's month. */
    static Map<String, String> inspectionParameters(YearMonth month) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", month.atDay(1).toString());
        p.put("to", month.atEndOfMonth().toString());
        p.put("mine", "true");
        return p;
    }
}
