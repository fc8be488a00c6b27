package fi.valvonta.ejb.work;

import fi.valvonta.model.work.WorkItem;
import fi.valvonta.model.work.WorkList;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The list each work item's count stands for, as the link carries it. */
class WorkFiltersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

    private static Map<String, String> filterOf(WorkItem item) {
        return switch (item.list()) {
            case COMPLAINTS -> WorkFilters.complaints(item).parameters();
            case MEASURES -> WorkFilters.measures(item).parameters();
            case INSPECTIONS -> WorkFilters.inspectionParameters(WorkFilters.inspectionMonth(item, TODAY));
        };
    }

    @Test
    void everyItemLinksToItsListFiltered() {
        Map<WorkItem, Map<String, String>> expected = new LinkedHashMap<>();
        expected.put(WorkItem.UNASSIGNED_COMPLAINTS, Map.of("inbox", "UNASSIGNED"));
        expected.put(WorkItem.COMPLAINTS_OVERDUE, Map.of("inbox", "MINE", "overdue", "true"));
        expected.put(WorkItem.COMPLAINTS_DUE_SOON, Map.of("inbox", "MINE", "dueSoon", "true"));
        expected.put(WorkItem.STATEMENTS_OVERDUE, Map.of("inbox", "MINE", "statementOverdue", "true"));
        expected.put(WorkItem.COMPLAINTS_TO_DECIDE, Map.of("inbox", "AWAITING_MY_DECISION"));
        expected.put(WorkItem.HEARINGS_OVERDUE, Map.of("inbox", "HEARING_OVERDUE", "mine", "true"));
        expected.put(WorkItem.MEASURES_TO_DECIDE, Map.of("inbox", "AWAITING_MY_DECISION"));
        expected.put(WorkItem.MEASURES_TO_SERVE, Map.of("inbox", "AWAITING_SERVICE", "mine", "true"));
        expected.put(WorkItem.MEASURES_AWAITING_FINALITY, Map.of("inbox", "AWAITING_FINALITY", "mine", "true"));
        expected.put(WorkItem.FOLLOW_UPS_DUE, Map.of("inbox", "FOLLOW_UP_DUE", "mine", "true"));
        expected.put(WorkItem.INSPECTIONS_THIS_MONTH, Map.of("from", "2026-12-01", "to", "2026-12-31", "mine", "true"));
        assertEquals(WorkItem.values().length, expected.size(), "every item has its list");
        expected.forEach((item, filter) -> assertEquals(filter, filterOf(item), item.toString()));
    }

    @Test
    void theMonthOfInspectionsIsTodaysCalendarMonth() {
        assertEquals(YearMonth.of(2027, 2), WorkFilters.inspectionMonth(WorkItem.INSPECTIONS_THIS_MONTH, LocalDate.of(2027, 2, 28)));
        assertEquals(Map.of("from", "2027-02-01", "to", "2027-02-28", "mine", "true"),
                WorkFilters.inspectionParameters(YearMonth.of(2027, 2)));
    }

    @Test
    void anItemIsNeverCountedFromAnotherList() {
        for (WorkItem item : WorkItem.values()) {
            if (item.list() != WorkList.COMPLAINTS) {
                assertThrows(IllegalArgumentException.class, () -> WorkFilters.complaints(item), item.toString());
            }
            if (item.list() != WorkList.MEASURES) {
                assertThrows(IllegalArgumentException.class, () -> WorkFilters.measures(item), item.toString());
            }
            if (item.list() != WorkList.INSPECTIONS) {
                assertThrows(IllegalArgumentException.class, () -> WorkFilters.inspectionMonth(item, TODAY), item.toString());
            }
        }
    }
}
