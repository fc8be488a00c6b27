package fi.valvonta.web.ui.planning;

import fi.valvonta.ejb.planning.PlanEntryView;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.planning.SelectionReason;
import fi.valvonta.model.risk.RiskBand;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The plan's ranking lines: band, total, inspection and reason in the view's language, in the plan's order. */
class PlanRowTest {

    private static final PlanEntryView VISIT = new PlanEntryView(1, 95, "Raasepori", RiskBand.HIGH, 584.66,
            InspectionType.ON_SITE, SelectionReason.SELECTED_HIGH_BAND_MANDATORY, 584.66, 3, "", List.of());
    private static final PlanEntryView NONE = new PlanEntryView(2, 45, "Vieremä", RiskBand.MEDIUM, 1234.25,
            null, SelectionReason.NOT_SELECTED_CAPACITY, 0, 0, "", List.of());

    @Test
    void finnishLinesInThePlansOrder() {
        List<PlanRow> rows = PlanRow.of(List.of(VISIT, NONE), Locale.forLanguageTag("fi"));
        assertEquals(2, rows.size());
        assertSame(VISIT, rows.get(0).entry());
        assertEquals(95, rows.get(0).entityId());
        assertEquals("korkea", rows.get(0).band());
        assertEquals("584,7", rows.get(0).total());
        assertEquals("tarkastuskäynti", rows.get(0).inspection());
        assertEquals("–", rows.get(1).inspection());
        assertEquals(45, rows.get(1).entityId());
    }

    @Test
    void theViewsLanguageDecides() {
        PlanRow sv = PlanRow.of(List.of(VISIT), Locale.forLanguageTag("sv")).get(0);
        PlanRow en = PlanRow.of(List.of(VISIT), Locale.forLanguageTag("en")).get(0);
        assertEquals("hög", sv.band());
        assertEquals("visit", en.inspection());
        assertEquals("584.7", en.total());
        assertNotEquals(sv.reason(), en.reason());
    }
}
