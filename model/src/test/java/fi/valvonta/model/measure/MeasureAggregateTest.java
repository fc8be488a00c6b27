package fi.valvonta.model.measure;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.PresentationProcedure;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static fi.valvonta.model.measure.MeasureAction.*;
import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measure as one aggregate: the actions it offers ({@link Measure#allowedActions}) and every rule of
 * the decision refused inside {@link Measure#decide} with the rule's own code, whoever calls it.
 */
class MeasureAggregateTest {

    private static final Instant NOW = Instant.parse("2024-10-01T08:00:00Z");
    private static final Set<Role> INSPECTOR = EnumSet.of(Role.INSPECTOR);
    private static final Set<Role> DECISION_MAKER = EnumSet.of(Role.DECISION_MAKER);
    private static final Set<Role> BOTH = EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER);
    private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);

    private final Municipality lahti = Municipality.pilotMunicipality("Lahti", null, LanguageStatus.unilingualFinnish(),
            new PilotArea(11L, "Lahden seudun kuntakokeilu"));
    private final MeasureCase pilotCase = caseOf(lahti, 2024);

    private static MeasureCase caseOf(SupervisedEntity entity, int year) {
        return new MeasureCase("LVV/1/" + year, entity, "Viiveet palvelutarpeen arvioinnissa", MeasureOrigin.OWN_INITIATIVE,
                null, null, null, null, "tarkastaja", LocalDate.of(year, 1, 2), NOW);
    }

    private static MeasureContent content(MeasureType type, LocalDate deadline, BigDecimal fine) {
        return new MeasureContent("faktat", "HL 23 §", "perustelut", "ratkaisu", deadline,
                type == MeasureType.GUIDANCE ? GuidanceKind.OPINION : null,
                type == MeasureType.REMARK ? MeasureAddressee.ENTITY : null, null,
                type == MeasureType.SUSPENSION ? SuspensionScope.PARTIAL : null, fine);
    }

    /** Drafted straight on the measure (past the case's early ladder check), heard if {@code heard}, presented. */
    private static Measure proposed(MeasureCase c, MeasureType type, LocalDate deadline, BigDecimal fine,
                                    LocalDate hearingOn, boolean heard) {
        Measure m = Measure.draft(c, type, content(type, deadline, fine), null, "tarkastaja", NOW);
        if (heard) {
            m.requestHearing(hearingOn, hearingOn.plusDays(14), hearingOn);
        }
        m.propose("tarkastaja", OCT_1, NOW);
        return m;
    }

    private Measure proposedOrder(boolean heard) {
        return proposed(pilotCase, MeasureType.ORDER, LocalDate.of(2024, 11, 15), null, LocalDate.of(2024, 9, 2), heard);
    }

    private static void decide(Measure m, String decider, Set<Role> roles, LocalDate on) {
        m.decide(decider, roles, on, on, NOW, null, null);
    }

    // ---------------------------------------------------------------- allowed actions

    @Test
    void draftOffersTheInspectorRevisionHearingAndPresentation() {
        Measure m = Measure.draft(pilotCase, MeasureType.ORDER, content(MeasureType.ORDER, LocalDate.of(2024, 11, 15), null),
                null, "tarkastaja", NOW);
        assertEquals(EnumSet.of(REVISE, REQUEST_HEARING, PROPOSE), m.allowedActions(INSPECTOR, "tarkastaja"));
        assertEquals(Set.of(), m.allowedActions(DECISION_MAKER, "ratkaisija"));
        assertEquals(Set.of(), m.allowedActions(EnumSet.of(Role.AUDITOR, Role.ADMIN), "auditor"));
        m.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), OCT_1);
        assertEquals(EnumSet.of(REVISE, RECORD_HEARING_RESPONSE, PROPOSE), m.allowedActions(INSPECTOR, "tarkastaja"));
        m.recordHearingResponse(LocalDate.of(2024, 9, 10), OCT_1);
        assertEquals(EnumSet.of(REVISE, PROPOSE), m.allowedActions(INSPECTOR, "tarkastaja"));
    }

    @Test
    void proposalOffersTheDecisionToADecisionMakerOtherThanThePresenter() {
        Measure m = proposedOrder(true);
        assertEquals(EnumSet.of(DECIDE), m.allowedActions(DECISION_MAKER, "ratkaisija"));
        assertEquals(EnumSet.of(RECORD_HEARING_RESPONSE), m.allowedActions(INSPECTOR, "tarkastaja"));
        assertFalse(m.allowedActions(BOTH, "tarkastaja").contains(DECIDE), "the presenter is not offered DECIDE");
        assertFalse(m.allowedActions(BOTH, " Tarkastaja ").contains(DECIDE), "whatever the spelling");
        assertTrue(m.allowedActions(BOTH, "ratkaisija").contains(DECIDE));
    }

    @Test
    void decidedAndServedMeasureOffersServiceFollowUpAppealAndCorrection() {
        Measure m = proposedOrder(true);
        decide(m, "ratkaisija", DECISION_MAKER, OCT_1);
        assertEquals(EnumSet.of(SERVE, SEND_ELECTRONICALLY, CORRECT, DRAFT_NEXT_STEP), m.allowedActions(INSPECTOR, "tarkastaja"));
        assertEquals(Set.of(), m.allowedActions(DECISION_MAKER, "ratkaisija"));
        m.serve(ServiceMethod.IN_PERSON, OCT_1, OCT_1, 14);
        assertEquals(EnumSet.of(RECORD_COMPLIANCE, RECORD_APPEAL, CORRECT, DRAFT_NEXT_STEP),
                m.allowedActions(INSPECTOR, "tarkastaja"));
        m.recordAppeal(LocalDate.of(2024, 10, 20));
        assertEquals(EnumSet.of(RECORD_COMPLIANCE, RECORD_COURT_OUTCOME, CORRECT, DRAFT_NEXT_STEP),
                m.allowedActions(INSPECTOR, "tarkastaja"));
        m.recordCourtOutcome(CourtOutcome.UPHELD, LocalDate.of(2025, 2, 1), null, LocalDate.of(2025, 2, 1));
        m.recordCompliance(true, "korjattu", LocalDate.of(2025, 2, 2));
        assertEquals(EnumSet.of(RECORD_FURTHER_APPEAL, CORRECT, DRAFT_NEXT_STEP), m.allowedActions(INSPECTOR, "tarkastaja"));
        m.recordFurtherAppeal(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 20));
        assertEquals(EnumSet.of(RECORD_SUPREME_COURT_DECISION, CORRECT, DRAFT_NEXT_STEP),
                m.allowedActions(INSPECTOR, "tarkastaja"));
    }

    @Test
    void servedGuidanceOffersNeitherComplianceNorAppeal() {
        Measure g = proposed(pilotCase, MeasureType.GUIDANCE, null, null, null, false);
        decide(g, "ratkaisija", DECISION_MAKER, OCT_1);
        g.serve(ServiceMethod.IN_PERSON, OCT_1, OCT_1, 14);
        assertEquals(EnumSet.of(CORRECT, DRAFT_NEXT_STEP), g.allowedActions(INSPECTOR, "tarkastaja"));
    }

    @Test
    void everyOfferedTransitionIsOneTheTableAllows() {
        Measure m = proposedOrder(true);
        for (MeasureState s : MeasureState.values()) {
            for (MeasureAction a : MeasureAction.values()) {
                if (!a.isAllowedFrom(s)) {
                    assertFalse(s == m.state() && m.allowedActions(BOTH, "ratkaisija").contains(a), a + " from " + s);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the rules of the decision, inside the root

    @Test
    void presenterCannotDecideEvenHoldingTheRole() {
        Measure m = proposedOrder(true);
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> decide(m, "tarkastaja", BOTH, OCT_1));
        assertEquals(PresentationProcedure.PRESENTER_CANNOT_DECIDE, e.code());
        assertEquals(MeasureState.PROPOSED, m.state(), "nothing changed");
    }

    @Test
    void deciderMustHoldTheDecisionMakerRole() {
        Measure m = proposedOrder(true);
        assertRefused("measure.decider-not-decision-maker", () -> decide(m, "tarkastaja2", INSPECTOR, OCT_1));
        assertEquals(MeasureState.PROPOSED, m.state());
    }

    @Test
    void coerciveMeasureOnlyWithinTheSupervisionPeriod() {
        Measure m = proposed(pilotCase, MeasureType.ORDER, LocalDate.of(2025, 3, 31), null, LocalDate.of(2024, 12, 2), true);
        assertRefused("measure.outside-supervision-period", () -> decide(m, "ratkaisija", DECISION_MAKER,
                LocalDate.of(2025, 1, 2)));
        decide(m, "ratkaisija", DECISION_MAKER, LocalDate.of(2024, 12, 31));
        assertEquals(MeasureState.DECIDED, m.state());
    }

    @Test
    void ladderRefusesASuspensionWithoutAnUnheededOrder() {
        Measure s = proposed(pilotCase, MeasureType.SUSPENSION, null, null, LocalDate.of(2024, 9, 2), true);
        assertRefused("measure.suspension-requires-unheeded-order", () -> decide(s, "ratkaisija", DECISION_MAKER, OCT_1));
    }

    @Test
    void ladderRefusesAConditionalFineUnderThePilotLaw() {
        Measure withFine = proposed(pilotCase, MeasureType.ORDER, LocalDate.of(2024, 11, 15), new BigDecimal("500"),
                LocalDate.of(2024, 9, 2), true);
        assertRefused("measure.conditional-fine-not-in-pilot-law",
                () -> decide(withFine, "ratkaisija", DECISION_MAKER, OCT_1));
    }

    @Test
    void ladderRefusesImposingAFineNeverSet() {
        Municipality hanko = Municipality.pilotMunicipality("Hanko", "Hangö", LanguageStatus.parse("fi;sv", "fi", false),
                new PilotArea(18L, "Raaseporin ja Hangon kuntakokeilu"));
        EmploymentArea area = EmploymentArea.establish("Länsi-Uusimaa", "Västra Nyland",
                EmploymentAreaModel.SINGLE_MUNICIPALITY, null, List.of(hanko));
        Measure fine = proposed(caseOf(area, 2025), MeasureType.CONDITIONAL_FINE, null, new BigDecimal("5000"),
                LocalDate.of(2025, 9, 1), true);
        assertRefused("measure.conditional-fine-requires-order-with-fine",
                () -> decide(fine, "ratkaisija", DECISION_MAKER, LocalDate.of(2025, 10, 1)));
    }

    @Test
    void partyIsHeardBeforeACoerciveMeasure() {
        Measure unheard = proposedOrder(false);
        assertRefused("measure.hearing-required", () -> decide(unheard, "ratkaisija", DECISION_MAKER, OCT_1));
        Measure pending = proposed(pilotCase, MeasureType.ORDER, LocalDate.of(2024, 11, 15), null,
                LocalDate.of(2024, 9, 25), true);
        assertRefused("measure.hearing-pending", () -> decide(pending, "ratkaisija", DECISION_MAKER, OCT_1));
    }

    @Test
    void decisionIsNotDatedInTheFutureNorTakenFromADraft() {
        Measure m = proposedOrder(true);
        assertRefused(MeasureDates.DATE_IN_FUTURE,
                () -> m.decide("ratkaisija", DECISION_MAKER, LocalDate.of(2024, 10, 2), OCT_1, NOW, null, null));
        Measure draft = Measure.draft(pilotCase, MeasureType.REMARK, content(MeasureType.REMARK, null, null), null,
                "tarkastaja", NOW);
        assertEquals("measure.illegal-transition", assertThrows(ConflictException.class,
                () -> decide(draft, "ratkaisija", DECISION_MAKER, OCT_1)).code());
    }

    @Test
    void caseRefusesEarlyWhatTheRegimeDoesNotAllow() {
        assertRefused("measure.suspension-requires-unheeded-order", () -> pilotCase.draft(MeasureType.SUSPENSION,
                content(MeasureType.SUSPENSION, null, null), null, "tarkastaja", OCT_1, NOW));
        assertRefused("measure.conditional-fine-not-in-pilot-law", () -> pilotCase.draft(MeasureType.ORDER,
                content(MeasureType.ORDER, LocalDate.of(2024, 12, 1), new BigDecimal("500")), null, "tarkastaja", OCT_1, NOW));
        Measure order = pilotCase.draft(MeasureType.ORDER, content(MeasureType.ORDER, LocalDate.of(2024, 12, 1), null),
                null, "tarkastaja", OCT_1, NOW);
        assertEquals(List.of(order), pilotCase.measures());
    }

    // ---------------------------------------------------------------- audit summaries

    @Test
    void auditSummariesNameIdentityThenStateAndNoFreeText() {
        Measure m = MeasureTest.withId(proposedOrder(true), 41L);
        assertEquals(AuditedType.MEASURE, m.auditedType());
        assertEquals(41L, m.auditedId());
        assertTrue(m.auditSummary().startsWith("LVV/1/2024 ORDER PROPOSED deadline 2024-11-15"), m.auditSummary());
        assertTrue(m.auditSummary().contains("presenter tarkastaja"), m.auditSummary());
        assertFalse(m.auditSummary().contains("faktat") || m.auditSummary().contains("perustelut"), m.auditSummary());

        assertEquals(AuditedType.MEASURE_CASE, pilotCase.auditedType());
        assertTrue(pilotCase.auditSummary().startsWith("LVV/1/2024 "), pilotCase.auditSummary());
        assertFalse(pilotCase.auditSummary().contains("Viiveet"), "the subject is free text: " + pilotCase.auditSummary());

        decide(m, "ratkaisija", DECISION_MAKER, OCT_1);
        m.serve(ServiceMethod.IN_PERSON, OCT_1, OCT_1, 14);
        FollowUp task = FollowUp.forServedOrder(m, NOW);
        assertEquals(AuditedType.FOLLOW_UP, task.auditedType());
        assertEquals("order 41 PENDING due 2024-11-16", task.auditSummary());
    }
}
