package fi.valvonta.web.ui.complaint;

import fi.valvonta.ejb.complaint.ComplaintSummary;
import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Theme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case list's row: its texts in the view's language, made once from the complaint's summary. */
class ComplaintRowTest {

    private static final ComplaintSummary SUMMARY = new ComplaintSummary(7, 3, "LVV/7/2026", LocalDate.of(2026, 3, 2),
            Channel.EMAIL, ComplaintState.IN_PREPARATION, 12, "Raasepori", 1L,
            List.of(Theme.DATA_PROTECTION, Theme.LANGUAGE_RIGHTS), "tarkastaja", LocalDate.of(2026, 4, 15), true, null);

    private static ComplaintRow row(String language) {
        Map<Long, String> swedish = Map.of(12L, "Raseborg");
        return ComplaintRow.of(SUMMARY, Locale.forLanguageTag(language),
                (id, nameFi) -> "sv".equals(language) ? swedish.getOrDefault(id, nameFi) : nameFi,
                username -> "tarkastaja".equals(username) ? "Tarja Tarkastaja" : username);
    }

    @Test
    void aFinnishRowHasFinnishDatesStateAndThemes() {
        ComplaintRow row = row("fi");
        assertEquals("2.3.2026", row.received());
        assertEquals("15.4.2026", row.deadline());
        assertEquals("Raasepori", row.entity());
        assertEquals("Tarja Tarkastaja", row.assignee());
        assertEquals("valmistelussa", row.state());
        assertTrue(row.themes().contains(", "), row.themes());
        assertTrue(row.rowLabel().endsWith(" LVV/7/2026"), row.rowLabel());
        assertEquals(7, row.id());
        assertEquals(3, row.version(), "the version shown, for the bulk assignment");
        assertEquals("LVV/7/2026", row.caseNumber());
        assertTrue(row.overdue());
    }

    @Test
    void theLanguageOfTheViewDecidesEveryText() {
        ComplaintRow sv = row("sv");
        ComplaintRow en = row("en");
        assertEquals("Raseborg", sv.entity());
        assertEquals("2/3/2026", en.received());
        assertTrue(!sv.state().equals(en.state()) && !sv.themes().equals(en.themes()), sv.state() + " / " + en.state());
        assertTrue(!sv.rowLabel().equals(en.rowLabel()));
    }

    @Test
    void noDeadlineAndNoAssigneeAreEmpty() {
        ComplaintSummary open = new ComplaintSummary(8, 0, "LVV/8/2026", LocalDate.of(2026, 3, 2), Channel.EMAIL,
                ComplaintState.REGISTERED, 12, "Raasepori", 1L, List.of(), null, null, false, null);
        ComplaintRow row = ComplaintRow.of(open, Locale.forLanguageTag("fi"), (id, n) -> n, u -> u == null ? "" : u);
        assertEquals("", row.deadline());
        assertEquals("", row.assignee());
        assertEquals("", row.themes());
    }
}
