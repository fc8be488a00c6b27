package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The measure aggregate: its states, what freezes at decision, service dates, compliance and the ladder view. */
class MeasureTest {

    private static final Instant NOW = Instant.parse("2024-10-01T08:00:00Z");
    private static final Set<Role> DECISION_MAKER = Set.of(Role.DECISION_MAKER);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private final Municipality lahti = Municipality.pilotMunicipality("Lahti", null, LanguageStatus.unilingualFinnish(),
            new PilotArea(11L, "Lahden seudun kuntakokeilu"));
    private final MeasureCase measureCase = new MeasureCase("LVV/1/2024", lahti, "Viiveet", MeasureOrigin.OWN_INITIATIVE,
            null, null, null, null, "tarkastaja", LocalDate.of(2024, 9, 1), NOW);

    private static MeasureContent order(LocalDate deadline) {
        return new MeasureContent("faktat", "HL 23 §", "perustelut", "ratkaisu", deadline, null, null, null, null, null);
    }

    private Measure proposedOrder() {
        Measure m = Measure.draft(measureCase, MeasureType.ORDER, order(LocalDate.of(2024, 11, 15)), null, "tarkastaja", NOW);
        m.propose("tarkastaja", TODAY, NOW);
        return m;
    }

    /** A proposed order whose party was heard (HL 34 §), so that it can be decided from 17.9.2024. */
    private Measure heardProposedOrder() {
        Measure m = proposedOrder();
        m.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), TODAY);
        return m;
    }

    /** Decided by "ratkaisija" on {@code on}, with today the same day. */
    private static void decide(Measure m, LocalDate on, String amended, String dissent) {
        m.decide("ratkaisija", DECISION_MAKER, on, on, NOW, amended, dissent);
    }

    /** Gives an unpersisted measure the id the database would. */
    static Measure withId(Measure m, long id) {
        try {
            var field = Measure.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(m, id);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void orderGoesFromDraftToNotComplied() {
        Measure m = heardProposedOrder();
        assertEquals(MeasureState.PROPOSED, m.state());
        decide(m, LocalDate.of(2024, 10, 1), null, null);
        assertRefused(ServiceRules.VERIFIED_SERVICE_REQUIRED,
                () -> m.serve(ServiceMethod.ELECTRONIC, LocalDate.of(2024, 10, 2), TODAY, 14));
        m.serve(ServiceMethod.VERIFIED_ELECTRONIC, LocalDate.of(2024, 10, 5), TODAY, 14);
        assertEquals(LocalDate.of(2024, 10, 5), m.servedOn());
        assertEquals(LocalDate.of(2024, 11, 4), m.appealPeriodEnds());
        assertEquals(LocalDate.of(2024, 11, 5), m.finalOn());
        assertTrue(m.isOverdue(LocalDate.of(2024, 11, 18)));
        assertFalse(m.isOverdue(LocalDate.of(2024, 11, 15)), "not overdue on its last day");
        m.recordCompliance(false, "ei korjattu", LocalDate.of(2024, 11, 18));
        assertEquals(MeasureState.NOT_COMPLIED, m.state());
        assertTrue(measureCase.history().hasUnheededOrder(LocalDate.of(2024, 11, 18)));
    }

    @Test
    void proposalNeedsCompleteContentForItsType() {
        Measure m = Measure.draft(measureCase, MeasureType.ORDER, order(null), null, "tarkastaja", NOW);
        assertRefused("measure.deadline-missing", () -> m.propose("tarkastaja", TODAY, NOW));
        Measure s = Measure.draft(measureCase, MeasureType.SUSPENSION, order(null), null, "tarkastaja", NOW);
        assertRefused("measure.suspension-scope-missing", () -> s.propose("tarkastaja", TODAY, NOW));
        Measure empty = Measure.draft(measureCase, MeasureType.GUIDANCE,
                new MeasureContent(null, null, null, null, null, GuidanceKind.OPINION, null, null, null, null),
                null, "tarkastaja", NOW);
        assertRefused("measure.facts-missing", () -> empty.propose("tarkastaja", TODAY, NOW));
        assertRefused("measure.official-missing", () -> Measure.draft(measureCase, MeasureType.REMARK,
                new MeasureContent("f", "l", "r", "d", null, null, MeasureAddressee.OFFICIAL, " ", null, null),
                null, "tarkastaja", NOW));
    }

    @Test
    void decidedMeasureIsFrozen() {
        Measure m = withId(heardProposedOrder(), 41L);
        decide(m, LocalDate.of(2024, 10, 1), "muutettu ratkaisu", "eriävä");
        assertEquals("muutettu ratkaisu", m.decision());
        assertEquals("eriävä", m.dissent());
        ConflictException e = assertThrows(ConflictException.class, () -> m.revise(order(LocalDate.of(2025, 1, 1))));
        assertEquals("measure.decided-immutable", e.code());
        assertEquals("measure.decided-immutable", assertThrows(ConflictException.class,
                () -> m.requestHearing(LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 20), TODAY)).code());
        assertEquals("measure.decided-immutable", assertThrows(ConflictException.class,
                () -> decide(m, LocalDate.of(2024, 10, 2), null, null)).code());
        Measure correction = Measure.draft(measureCase, MeasureType.ORDER, order(LocalDate.of(2024, 12, 1)), m,
                "tarkastaja", NOW);
        assertEquals(41L, correction.corrects().orElseThrow());
    }

    @Test
    void onlyADecidedMeasureIsCorrected() {
        Measure draft = Measure.draft(measureCase, MeasureType.ORDER, order(LocalDate.of(2024, 12, 1)), null, "t", NOW);
        assertRefused("measure.correction-of-undecided", () -> Measure.draft(measureCase, MeasureType.ORDER,
                order(LocalDate.of(2024, 12, 1)), draft, "t", NOW));
    }

    @Test
    void deadlineMustFollowTheDecisionAndServiceTheDecision() {
        Measure m = heardProposedOrder();
        assertRefused("measure.deadline-not-after-decision",
                () -> decide(m, LocalDate.of(2024, 11, 15), null, null));
        decide(m, LocalDate.of(2024, 10, 1), null, null);
        assertRefused("measure.served-before-decision", () -> m.serve(ServiceMethod.IN_PERSON, LocalDate.of(2024, 9, 30), TODAY, 14));
    }

    @Test
    void nonComplianceOnlyAfterTheDeadline() {
        Measure m = heardProposedOrder();
        decide(m, LocalDate.of(2024, 10, 1), null, null);
        m.serve(ServiceMethod.IN_PERSON, LocalDate.of(2024, 10, 1), TODAY, 14);
        assertRefused("measure.deadline-not-passed", () -> m.recordCompliance(false, "x", LocalDate.of(2024, 11, 15)));
        m.recordCompliance(true, "korjattu", LocalDate.of(2024, 11, 15));
        assertEquals(MeasureState.COMPLIED, m.state());
        assertFalse(measureCase.history().hasUnheededOrder(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void hearingIsRequestedOnceAndGatesTheDecisionRule() {
        Measure m = proposedOrder();
        m.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), TODAY);
        assertThrows(ConflictException.class, () -> m.requestHearing(LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 20), TODAY));
        assertRefused("measure.hearing-pending",
                () -> HearingRule.checkMayDecide(m.type(), m.hearing(), LocalDate.of(2024, 9, 10)));
        m.recordHearingResponse(LocalDate.of(2024, 9, 9), TODAY);
        HearingRule.checkMayDecide(m.type(), m.hearing(), LocalDate.of(2024, 9, 10));
    }

    @Test
    void appealWithinThePeriodSuspendsFinality() {
        Measure m = heardProposedOrder();
        decide(m, LocalDate.of(2024, 10, 1), null, null);
        m.serve(ServiceMethod.IN_PERSON, LocalDate.of(2024, 10, 1), TODAY, 14);
        assertRefused("measure.appeal-out-of-time", () -> m.recordAppeal(LocalDate.of(2024, 11, 1)));
        m.recordAppeal(LocalDate.of(2024, 10, 30));
        assertEquals(null, m.finalOn());
        m.recordCourtOutcome(CourtOutcome.UPHELD, LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 3, 1));
        assertEquals(CourtOutcome.UPHELD, m.courtOutcome());
    }

    @Test
    void guidanceIsNotAppealableAndFinalOnService() {
        Measure g = Measure.draft(measureCase, MeasureType.GUIDANCE,
                new MeasureContent("f", "l", "r", "d", null, GuidanceKind.OPINION, null, null, null, null), null, "t", NOW);
        g.propose("t", TODAY, NOW);
        decide(g, LocalDate.of(2024, 10, 1), null, null);
        g.serve(ServiceMethod.ORDINARY_LETTER, LocalDate.of(2024, 10, 1), TODAY, 14);
        // HL 59 § 2 mom: the municipality is an authority: served on the day the letter arrived
        assertEquals(LocalDate.of(2024, 10, 1), g.servedOn());
        assertEquals(null, g.appealPeriodEnds());
        assertEquals(g.servedOn(), g.finalOn());
        assertThrows(ConflictException.class, () -> g.recordAppeal(LocalDate.of(2024, 10, 9)));
        assertThrows(ConflictException.class, () -> g.recordCompliance(true, "x", LocalDate.of(2024, 10, 9)));
    }

    @Test
    void conditionalFineIsAPositiveSumAndMarksTheOrderInTheHistory() {
        assertRefused("measure.conditional-fine-not-positive", () -> Measure.draft(measureCase, MeasureType.ORDER,
                new MeasureContent("f", "l", "r", "d", LocalDate.of(2025, 1, 1), null, null, null, null, BigDecimal.ZERO),
                null, "t", NOW));
        Measure m = Measure.draft(measureCase, MeasureType.ORDER,
                new MeasureContent("f", "l", "r", "d", LocalDate.of(2025, 1, 1), null, null, null, null, new BigDecimal("500")),
                null, "t", NOW);
        assertTrue(m.asPrior().conditionalFineSet());
    }

    @Test
    void coerciveMeasuresOnlyWithinTheSupervisionPeriod() {
        SupervisionRule.checkCompetent(MeasureType.ORDER, lahti, LocalDate.of(2024, 12, 31));
        assertRefused("measure.outside-supervision-period",
                () -> SupervisionRule.checkCompetent(MeasureType.SUSPENSION, lahti, LocalDate.of(2025, 1, 2)));
        SupervisionRule.checkCompetent(MeasureType.REMARK, lahti, LocalDate.of(2025, 6, 1));
    }

    @Test
    void refusedCoerciveMeasureNamesTheAreaSupervisedInstead() {
        Municipality hollola = Municipality.pilotMunicipality("Hollola", null, LanguageStatus.unilingualFinnish(),
                new PilotArea(11, "Lahden seudun kuntakokeilu"));
        EmploymentArea.establish("Päijät-Häme", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(hollola));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> SupervisionRule.checkCompetent(MeasureType.ORDER, hollola, LocalDate.of(2025, 3, 3)));
        assertTrue(refused.getMessage().contains("Päijät-Häme is supervised instead"), refused.getMessage());
    }
}
