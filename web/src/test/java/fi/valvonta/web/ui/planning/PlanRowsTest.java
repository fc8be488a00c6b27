package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.planning.SelectionReason;
import fi.valvonta.model.risk.RiskBand;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The views of a plan share its lines per list of entries and language; another list gets lines of its own. */
class PlanRowsTest {

    private static final Locale FI = Locale.forLanguageTag("fi");

    private static List<PlanEntryView> entries() {
        List<PlanEntryView> list = new ArrayList<>();
        list.add(new PlanEntryView(1, 95, "Raasepori", RiskBand.HIGH, 584.66, InspectionType.ON_SITE,
                SelectionReason.SELECTED_HIGH_BAND_MANDATORY, 584.66, 3, "", List.of()));
        return List.copyOf(list);
    }

    @Test
    void theSameEntriesInTheSameLanguageShareTheirLines() {
        PlanRows rows = new PlanRows();
        List<PlanEntryView> entries = entries();
        assertSame(rows.of(entries, FI), rows.of(entries, FI));
        assertNotSame(rows.of(entries, FI), rows.of(entries, Locale.forLanguageTag("sv")));
    }

    @Test
    void equalButOtherEntriesAreAnotherPlanVersion() {
        PlanRows rows = new PlanRows();
        List<PlanEntryView> first = entries();
        List<PlanEntryView> recomputed = entries();
        assertEquals(first, recomputed);
        assertNotSame(rows.of(first, FI), rows.of(recomputed, FI));
        assertEquals(List.of(), rows.of(List.of(), FI));
    }
}
