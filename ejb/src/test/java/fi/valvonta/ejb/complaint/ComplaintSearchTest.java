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
    void awaitingMyDecisionIsTheProposalsOfOthersLeavingOutTheCasesIAmDisqualifiedIn() {
        ComplaintSearch.Jpql q = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.AWAITING_MY_DECISION), DECISION_MAKER);
        assertTrue(q.count().endsWith(" WHERE 1 = 1 AND c.state IN :proposed AND c.presenter <> :me"), q.count());
        assertEquals(Map.of("proposed", ComplaintSearch.PROPOSED, "me", "ratkaisija"), q.parameters());

        ComplaintSearch.Viewer disqualified = new ComplaintSearch.Viewer("ratkaisija", true, TODAY, TODAY.plusDays(7),
                Set.of(42L, 7L));
        ComplaintSearch.Jpql without = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.AWAITING_MY_DECISION), disqualified);
        assertTrue(without.count().endsWith(" AND c.presenter <> :me AND c.id NOT IN :disqualifiedIn"), without.count());
        assertEquals(java.util.List.of(7L, 42L), without.parameters().get("disqualifiedIn"));
        ComplaintSearch.Jpql mine = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.MINE), disqualified);
        assertTrue(mine.count().contains(" OR (c.state IN :proposed AND c.presenter <> :me AND c.id NOT IN :disqualifiedIn))"),
                "my inbox leaves them out too: " + mine.count());
    }

    @Test
    void onlyADecisionMakerHasProposalsAwaitingTheirDecision() {
        ComplaintSearch.Jpql q = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.AWAITING_MY_DECISION), INSPECTOR);
        assertTrue(q.count().endsWith(" WHERE 1 = 1 AND 1 = 0"), q.count());
        assertTrue(q.parameters().isEmpty());
    }

    @Test
    void aStatementIsOverdueWhenAHearingIsUnansweredPastItsDeadlineAReplyWhenItsDeadlinePassed() {
        ComplaintSearch.Jpql inbox = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.STATEMENT_OVERDUE), INSPECTOR);
        assertTrue(inbox.count().contains("(c.state = :statementState AND EXISTS (SELECT c2.id FROM Complaint c2 JOIN c2.hearings h"
                + " WHERE c2.id = c.id AND h.answeredOn IS NULL AND h.deadline < :today))"), inbox.count());
        assertTrue(inbox.count().endsWith(" OR (c.state = :replyState AND c.responseDeadline < :today))"), inbox.count());
        assertEquals(Map.of("statementState", ComplaintState.STATEMENT_REQUESTED, "replyState", ComplaintState.REPLY_REQUESTED,
                "today", TODAY), inbox.parameters());

        // as a filter it narrows my inbox: the same condition once
        ComplaintSearch.Jpql mine = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.MINE).statementOverdueOnly(), INSPECTOR);
        assertTrue(mine.count().contains(" AND c.assignee = :me AND c.state NOT IN :closed AND ((c.state = :statementState"),
                mine.count());
        assertEquals(1, mine.count().split(":statementState", -1).length - 1, mine.count());
        ComplaintSearch.Jpql both = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.STATEMENT_OVERDUE).statementOverdueOnly(), INSPECTOR);
        assertEquals(inbox.count(), both.count());
    }

    @Test
    void dueSoonAsAFilterNarrowsMyInboxAsTheDueSoonInboxDoes() {
        ComplaintSearch.Jpql mine = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.MINE).dueSoonOnly(), INSPECTOR);
        assertTrue(mine.count().endsWith(" AND c.assignee = :me AND c.state NOT IN :closed"
                + " AND c.nextDeadline >= :today AND c.nextDeadline <= :soon"), mine.count());
        assertEquals(TODAY.plusDays(7), mine.parameters().get("soon"));
        ComplaintSearch.Jpql inbox = ComplaintSearch.of(ComplaintQuery.inbox(Inbox.DUE_SOON).dueSoonOnly(), INSPECTOR);
        assertEquals(ComplaintSearch.of(ComplaintQuery.inbox(Inbox.DUE_SOON), INSPECTOR).count(), inbox.count());
    }

    @Test
    void aQueryLinksToItsListWithTheFiltersItSets() {
        assertEquals(Map.of(), ComplaintQuery.page(0, 50).parameters());
        assertEquals(java.util.List.of("inbox", "overdue"),
                java.util.List.copyOf(ComplaintQuery.inbox(Inbox.MINE).overdueOnly().parameters().keySet()));
        assertEquals(Map.of("inbox", "MINE", "overdue", "true"), ComplaintQuery.inbox(Inbox.MINE).overdueOnly().parameters());
        assertEquals(Map.of("inbox", "MINE", "dueSoon", "true"), ComplaintQuery.inbox(Inbox.MINE).dueSoonOnly().parameters());
        assertEquals(Map.of("inbox", "MINE", "statementOverdue", "true"),
                ComplaintQuery.inbox(Inbox.MINE).statementOverdueOnly().parameters());
        assertEquals(Map.of("state", "PROPOSED", "theme", "OTHER", "assignee", "tarkastaja", "year", "2026"),
                new ComplaintQuery(null, Set.of(ComplaintState.PROPOSED), Theme.OTHER, null, null, "tarkastaja", null,
                        2026, null, 0, 50, null, false).parameters());
    }

    @Test
    void theTotalIsCountedOnlyWhenThePageDoesNotTellIt() {
        assertEquals(7, ComplaintSearch.total(0, 50, 7, () -> fail("counted")));
        assertEquals(57, ComplaintSearch.total(50, 50, 7, () -> fail("counted")));
        assertEquals(120, ComplaintSearch.total(0, 50, 50, () -> 120));
        assertEquals(120, ComplaintSearch.total(200, 50, 0, () -> 120), "an empty page past the end is counted");
    }
}
