package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ComplaintSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final ComplaintSearch.Viewer INSPECTOR = new ComplaintSearch.Viewer("tarkastaja", false, TODAY, TODAY.plusDays(7));
    private static final ComplaintSearch.Viewer DECISION_MAKER = new ComplaintSearch.Viewer("ratkaisija", true, TODAY, TODAY.plusDays(7));

    private static ComplaintQuery query(Inbox inbox, Theme theme, String caseNumber, ComplaintQuery.SortField sort, boolean ascending) {
        return new ComplaintQuery(inbox, Set.of(), theme, null, null, null, null, null, caseNumber, 0, 50, sort, ascending);
    }

    @Test
    void withoutFiltersTheNewestReceivedComeFirstAsTypedRows() {
        ComplaintSearch.Jpql q = ComplaintSearch.of(ComplaintQuery.page(0, 50), INSPECTOR);
        assertTrue(q.list().startsWith("SELECT NEW fi.valvonta.ejb.complaint.ComplaintRow(c.id, c.version, "), q.list());
        assertTrue(q.list().endsWith(" FROM Complaint c JOIN c.entity e WHERE 1 = 1 ORDER BY c.receivedDate DESC, c.id DESC"), q.list());
        assertEquals("SELECT COUNT(c) FROM Complaint c JOIN c.entity e WHERE 1 = 1", q.count());
        assertTrue(q.parameters().isEmpty());
    }

    @Test
    void openCasesAreThoseNotInATerminalState() {
        assertEquals(EnumSet.copyOf(Arrays.stream(ComplaintState.values()).filter(ComplaintState::isTerminal).toList()),
                ComplaintSearch.TERMINAL);
        assertEquals(EnumSet.of(ComplaintState.CLOSED, ComplaintState.NOT_INVESTIGATED, ComplaintState.TRANSFERRED,
                ComplaintState.WITHDRAWN), ComplaintSearch.TERMINAL);
    }

    @Test
    void myInboxIsMyOpenCasesAndForADecisionMakerAlsoTheProposalsOfOthers() {
        ComplaintSearch.Jpql mine = ComplaintSearch.of(query(Inbox.MINE, null, null, null, false), INSPECTOR);
        assertTrue(mine.list().contains(" AND c.assignee = :me AND c.state NOT IN :closed"), mine.list());
        assertEquals(Map.of("me", "tarkastaja", "closed", ComplaintSearch.TERMINAL), mine.parameters());

        ComplaintSearch.Jpql decider = ComplaintSearch.of(query(Inbox.MINE, null, null, null, false), DECISION_MAKER);
        assertTrue(decider.list().contains("OR (c.state IN :proposed AND c.presenter <> :me)"), decider.list());
        assertEquals(java.util.List.of(ComplaintState.PROPOSED, ComplaintState.NOT_INVESTIGATED_PROPOSED),
                decider.parameters().get("proposed"), "proposals to decide, not investigating included");
        assertEquals("ratkaisija", decider.parameters().get("me"));
    }

    @Test
    void dueSoonRunsFromTodayToTheViewersLimit() {
        ComplaintSearch.Jpql q = ComplaintSearch.of(query(Inbox.DUE_SOON, null, null, null, false), INSPECTOR);
        assertEquals(Map.of("today", TODAY, "soon", TODAY.plusDays(7)), q.parameters());
    }

    @Test
    void aThemeJoinsTheThemesAndACaseNumberIsMatchedExactly() {
        ComplaintSearch.Jpql q = ComplaintSearch.of(query(null, Theme.OTHER, " lvv/12/2026 ",
                ComplaintQuery.SortField.ENTITY, true), INSPECTOR);
        assertTrue(q.list().contains(" FROM Complaint c JOIN c.entity e JOIN c.themes th WHERE"), q.list());
        assertTrue(q.count().contains(" JOIN c.themes th WHERE 1 = 1 AND th = :theme"), q.count());
        assertTrue(q.list().endsWith(" ORDER BY e.nameFi ASC, c.id ASC"), q.list());
        assertEquals(Theme.OTHER, q.parameters().get("theme"));
        assertEquals("LVV", q.parameters().get("cp"));
        assertEquals(12, q.parameters().get("cs"));
        assertEquals(2026, q.parameters().get("cy"));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ComplaintSearch.of(query(null, null, "12/2026", null, false), INSPECTOR));
        assertEquals("caseNumber", e.field());
    }

    @Test
    void theTotalIsCountedOnlyWhenThePageDoesNotTellIt() {
        assertEquals(7, ComplaintSearch.total(0, 50, 7, () -> fail("counted")));
        assertEquals(57, ComplaintSearch.total(50, 50, 7, () -> fail("counted")));
        assertEquals(120, ComplaintSearch.total(0, 50, 50, () -> 120));
        assertEquals(120, ComplaintSearch.total(200, 50, 0, () -> 120), "an empty page past the end is counted");
    }
}
