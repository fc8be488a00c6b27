package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.MeasureState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 22);
    private static final MeasureSearch.Viewer INSPECTOR = new MeasureSearch.Viewer("tarkastaja", false, TODAY, TODAY.minusDays(4));
    private static final MeasureSearch.Viewer DECISION_MAKER = new MeasureSearch.Viewer("ratkaisija", true, TODAY, TODAY.minusDays(4));

    @Test
    void theRegisterOfAnEntityIsNewestCaseFirstAndCountedByTheSameConditions() {
        MeasureSearch.Jpql q = MeasureSearch.of(MeasureQuery.ofEntity(5), INSPECTOR);
        assertEquals("SELECT m FROM Measure m WHERE 1 = 1 AND m.measureCase.entity.id = :entity"
                + " ORDER BY m.measureCase.id DESC, m.id", q.list());
        assertEquals("SELECT COUNT(m) FROM Measure m WHERE 1 = 1 AND m.measureCase.entity.id = :entity", q.count());
        assertEquals(Map.of("entity", 5L), q.parameters());
    }

    @Test
    void mineAreTheMeasuresIPresentOrDraftedBeforeTheyArePresented() {
        MeasureSearch.Jpql q = MeasureSearch.of(MeasureQuery.inbox(MeasureInbox.AWAITING_SERVICE).mineOnly(), INSPECTOR);
        assertEquals("SELECT COUNT(m) FROM Measure m WHERE 1 = 1 AND m.state = :decided"
                + " AND (m.presenter = :me OR (m.presenter IS NULL AND m.draftedBy = :me))", q.count());
        assertEquals(Map.of("decided", MeasureState.DECIDED, "me", "tarkastaja"), q.parameters());
        assertTrue(q.list().endsWith(" ORDER BY m.id"), "a queue oldest first: " + q.list());
    }

    @Test
    void aDecisionMakerDecidesTheProposalsOfOthersInCasesTheyAreNotDisqualifiedIn() {
        MeasureSearch.Jpql q = MeasureSearch.of(MeasureQuery.inbox(MeasureInbox.AWAITING_MY_DECISION), DECISION_MAKER);
        assertTrue(q.count().contains(" AND m.state = :proposed AND m.presenter <> :me AND NOT EXISTS (SELECT d.id FROM"
                + " Disqualification d WHERE d.username = :me AND d.caseNumber = m.measureCase.caseNumber)"), q.count());
        assertEquals(Map.of("proposed", MeasureState.PROPOSED, "me", "ratkaisija"), q.parameters());
        MeasureSearch.Jpql inspector = MeasureSearch.of(MeasureQuery.inbox(MeasureInbox.AWAITING_MY_DECISION), INSPECTOR);
        assertTrue(inspector.count().endsWith(" AND 1 = 0"), inspector.count());
    }

    @Test
    void aHearingIsOverdueFromTheDayAfterItsMovedLastDay() {
        MeasureSearch.Jpql q = MeasureSearch.of(MeasureQuery.inbox(MeasureInbox.HEARING_OVERDUE), INSPECTOR);
        assertTrue(q.count().endsWith(" AND m.state = :draft AND m.hearingRequestedOn IS NOT NULL"
                + " AND m.hearingRespondedOn IS NULL AND m.hearingDeadline <= :hearingPassed"), q.count());
        assertEquals(TODAY.minusDays(4), q.parameters().get("hearingPassed"));
    }

    @Test
    void aServedDecisionAwaitsFinalityUntilItsDayUnlessTheCourtsSetItAside() {
        MeasureSearch.Jpql q = MeasureSearch.of(MeasureQuery.inbox(MeasureInbox.AWAITING_FINALITY), INSPECTOR);
        assertTrue(q.count().contains(" AND m.state IN :served AND (m.finalOn IS NULL OR m.finalOn > :today)"), q.count());
        assertEquals(List.of(MeasureState.SERVED, MeasureState.COMPLIED, MeasureState.NOT_COMPLIED), q.parameters().get("served"));
        @SuppressWarnings("unchecked")
        List<CourtOutcome> stands = (List<CourtOutcome>) q.parameters().get("stands");
        assertTrue(stands.contains(CourtOutcome.UPHELD) && stands.contains(CourtOutcome.AMENDED), stands.toString());
        assertFalse(stands.contains(CourtOutcome.ANNULLED) || stands.contains(CourtOutcome.RETURNED), stands.toString());
    }

    @Test
    void aFollowUpDueIsAskedOfTheFollowUpTask() {
        MeasureSearch.Jpql q = MeasureSearch.of(MeasureQuery.inbox(MeasureInbox.FOLLOW_UP_DUE), INSPECTOR);
        assertTrue(q.count().contains(" AND EXISTS (SELECT f.id FROM FollowUp f WHERE f.measure.id = m.id AND f.state = :due)"),
                q.count());
        assertEquals(FollowUp.State.DUE, q.parameters().get("due"));
    }

    @Test
    void aQueryLinksToItsListWithTheFiltersItSets() {
        assertEquals(Map.of("inbox", "AWAITING_SERVICE", "mine", "true"),
                MeasureQuery.inbox(MeasureInbox.AWAITING_SERVICE).mineOnly().parameters());
        assertEquals(Map.of("entity", "5"), MeasureQuery.ofEntity(5).parameters());
        assertFalse(new MeasureQuery(null, null, false).isFiltered());
    }
}
