package fi.valvonta.model.demo;

import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.ComplaintWorkflow;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.Deadlines;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.LegalRegime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoScenarioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void theSameSeedAndDayGiveTheSamePlanAndAnotherSeedAnotherOne() {
        DemoScenario a = DemoScenario.standard(TODAY);
        DemoScenario b = DemoScenario.standard(TODAY);
        assertEquals(a.complaints(), b.complaints());
        assertEquals(a.measureCases(), b.measureCases());
        assertEquals(a.inspections(), b.inspections());
        assertNotEquals(a.complaints(), DemoScenario.generate(DemoScenario.SEED + 1, TODAY, DemoScenario.COMPLAINTS).complaints());
    }

    @Test
    void aboutThreeHundredComplaintsWithUniqueCaseNumbers() {
        List<PlannedComplaint> all = DemoScenario.standard(TODAY).complaints();
        assertEquals(300, all.size());
        assertEquals(300, all.stream().map(PlannedComplaint::caseNumber).distinct().count());
        assertTrue(all.stream().allMatch(c -> c.caseNumber().prefix().equals("DEMO")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02", "2026-12-31", "2025-07-01", "2028-02-29"})
    void everyStepIsALegalTransitionOnADayBetweenReceiptAndToday(String day) {
        LocalDate today = LocalDate.parse(day);
        for (PlannedComplaint c : DemoScenario.standard(today).complaints()) {
            ComplaintState state = ComplaintState.REGISTERED;
            LocalDate previous = c.receivedDate();
            boolean statementAsked = false;
            for (PlannedStep s : c.steps()) {
                assertFalse(s.on().isBefore(previous), c.caseNumber() + " goes back in time");
                previous = s.on();
                if (s.isStatementReceived()) {
                    assertTrue(statementAsked, c.caseNumber() + ": a statement comes only when asked");
                    continue;
                }
                statementAsked |= s.action() == ComplaintAction.REQUEST_STATEMENT;
                state = ComplaintWorkflow.transition(state, s.action());
                if (s.action() == ComplaintAction.DECIDE || s.action() == ComplaintAction.NOT_INVESTIGATE) {
                    String presenter = c.steps().stream().filter(p -> p.action() == ComplaintAction.PROPOSE
                            || p.action() == ComplaintAction.PROPOSE_NOT_INVESTIGATED).findFirst().orElseThrow().actor();
                    assertNotEquals(presenter, s.actor(), c.caseNumber() + ": the presenter does not decide");
                }
            }
            assertEquals(c.target(), state, c.caseNumber().toString());
            assertFalse(c.lastDay().isAfter(today), c.caseNumber() + " ends after today");
            assertFalse(c.receivedDate().isBefore(today.minusYears(2)), c.caseNumber() + " older than two years");
            assertFalse(c.conductFrom().isAfter(c.receivedDate()));
            assertFalse(c.conductTo().isBefore(c.conductFrom()));
            if (c.outcome() == DecisionOutcome.REMARK) {
                assertTrue(statementAsked, c.caseNumber() + ": a remark needs its addressee heard (HL 34 §)");
            }
        }
    }

    @Test
    void everyStateAndEveryOutcomeIsPresentInFinnishAndInSwedish() {
        List<PlannedComplaint> all = DemoScenario.standard(TODAY).complaints();
        assertEquals(EnumSet.allOf(ComplaintState.class), all.stream().map(PlannedComplaint::target)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintState.class))));
        for (ComplaintState decided : List.of(ComplaintState.PROPOSED, ComplaintState.DECIDED, ComplaintState.SERVED, ComplaintState.CLOSED)) {
            Set<DecisionOutcome> outcomes = all.stream().filter(c -> c.target() == decided).map(PlannedComplaint::outcome)
                    .collect(Collectors.toSet());
            assertEquals(Set.of(DecisionOutcome.NO_ACTION, DecisionOutcome.OPINION, DecisionOutcome.DRAWING_ATTENTION,
                    DecisionOutcome.REMARK), outcomes, decided.name());
        }
        assertTrue(all.stream().anyMatch(c -> c.target() == ComplaintState.NOT_INVESTIGATED && c.notInvestigatedReason() != null));
        assertTrue(all.stream().anyMatch(c -> c.target() == ComplaintState.TRANSFERRED && c.transferredTo() != null));
        for (Language l : List.of(Language.FI, Language.SV)) {
            assertTrue(all.stream().anyMatch(c -> c.language() == l && c.target().isTerminal()), l + " closed");
            assertTrue(all.stream().anyMatch(c -> c.language() == l && !c.target().isTerminal()), l + " open");
        }
        assertTrue(all.stream().filter(c -> c.language() == Language.SV).allMatch(PlannedComplaint::swedish),
                "a Swedish complaint is about a Swedish-speaking or bilingual entity");
        assertTrue(all.stream().filter(c -> c.language() == Language.SV).count() >= 50);
    }

    @Test
    void pilotConductGoesToTheMunicipalityAndLaterConductToTheEmploymentArea() {
        List<PlannedComplaint> all = DemoScenario.standard(TODAY).complaints();
        LocalDate pilotEnd = LegalRegime.PILOT_1269_2020.inForceUntil().orElseThrow();
        assertTrue(all.stream().anyMatch(c -> c.supervisedAs() == EntityKind.MUNICIPALITY));
        assertTrue(all.stream().anyMatch(c -> c.supervisedAs() == EntityKind.EMPLOYMENT_AREA));
        for (PlannedComplaint c : all) {
            assertEquals(!c.conductFrom().isAfter(pilotEnd), c.supervisedAs() == EntityKind.MUNICIPALITY);
            if (c.supervisedAs() == EntityKind.MUNICIPALITY) {
                assertFalse(c.conductTo().isAfter(pilotEnd), c.caseNumber() + ": pilot conduct ends with the pilot law");
            }
        }
    }

    @Test
    void someAreOverdueSomeHaveAStatementOverdueSomeHaveAttachmentsAndSomeAreUnassigned() {
        List<PlannedComplaint> all = DemoScenario.standard(TODAY).complaints();
        assertTrue(all.stream().filter(c -> !c.target().isTerminal() && c.target() != ComplaintState.DECIDED
                && c.target() != ComplaintState.SERVED).anyMatch(c -> Deadlines.isOverdue(Deadlines.processingTarget(c.receivedDate()), TODAY)));
        assertTrue(all.stream().filter(c -> c.target() == ComplaintState.STATEMENT_REQUESTED)
                .anyMatch(c -> c.steps().get(c.steps().size() - 1).deadline().isBefore(TODAY)));
        assertTrue(all.stream().anyMatch(c -> !c.attachments().isEmpty()));
        assertTrue(all.stream().anyMatch(c -> c.target() == ComplaintState.REGISTERED && c.assignee() == null));
        assertTrue(all.stream().anyMatch(PlannedComplaint::anonymous));
    }

    @Test
    void everythingIsLabelledDemo() {
        DemoScenario s = DemoScenario.standard(TODAY);
        for (PlannedComplaint c : s.complaints()) {
            assertTrue(c.description().startsWith("DEMO"));
            assertTrue(c.anonymous() || c.complainantName().startsWith("DEMO "));
            assertTrue(c.decisionText() == null || c.decisionText().startsWith("DEMO"));
        }
        s.measureCases().forEach(m -> assertTrue(m.subject().startsWith("DEMO")));
        s.inspections().forEach(i -> assertTrue(i.report() == null || i.report().startsWith("DEMO")));
    }

    @Test
    void everyStepOfBothLaddersIsPresent() {
        List<PlannedMeasureCase> cases = DemoScenario.standard(TODAY).measureCases();
        for (LegalRegime regime : LegalRegime.values()) {
            assertEquals(EnumSet.allOf(LadderStep.class), cases.stream().filter(c -> c.regime() == regime).map(PlannedMeasureCase::step)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(LadderStep.class))), regime.name());
        }
        PlannedMeasureCase pilot = cases.stream().filter(c -> c.regime() == LegalRegime.PILOT_1269_2020
                && c.step() == LadderStep.ESCALATED).findFirst().orElseThrow();
        assertEquals(MeasureType.SUSPENSION, pilot.measures().get(1).type());
        PlannedMeasureCase area = cases.stream().filter(c -> c.regime() == LegalRegime.EMPLOYMENT_AREA_380_2023
                && c.step() == LadderStep.ESCALATED).findFirst().orElseThrow();
        assertEquals(MeasureType.CONDITIONAL_FINE, area.measures().get(1).type());
        assertNotNull(area.measures().get(0).conditionalFine(), "the fine imposed was set with the order");
        assertTrue(cases.stream().anyMatch(c -> c.swedish() && c.regime() == LegalRegime.PILOT_1269_2020));
        assertTrue(cases.stream().anyMatch(c -> c.swedish() && c.regime() == LegalRegime.EMPLOYMENT_AREA_380_2023));
        assertEquals(cases.size(), cases.stream().map(PlannedMeasureCase::caseNumber).distinct().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02", "2025-07-01"})
    void measuresHappenInTheirRegimesPeriodAndNotAfterToday(String day) {
        LocalDate today = LocalDate.parse(day);
        for (PlannedMeasureCase c : DemoScenario.standard(today).measureCases()) {
            for (PlannedMeasure m : c.measures()) {
                assertFalse(m.lastDay().isAfter(today), c.caseNumber());
                assertFalse(m.draftedOn().isBefore(c.openedOn()));
                if (m.decidedOn() != null) {
                    // a coercive measure only within the entity's supervision period (SupervisionRule)
                    assertTrue(c.regime().fullPeriod().covers(m.decidedOn()), c.caseNumber() + " decided " + m.decidedOn());
                }
                if (m.complied() != null && !m.complied()) {
                    assertTrue(m.complianceRecordedOn().isAfter(m.deadline()), "non-compliance once the deadline passed");
                }
            }
        }
    }

    @Test
    void inspectionsDoneHaveFindingsAndSomeComeThisMonth() {
        List<PlannedInspection> all = DemoScenario.standard(TODAY).inspections();
        assertTrue(all.stream().filter(PlannedInspection::isCompleted).allMatch(i -> !i.findings().isEmpty()
                && !i.scheduledOn().isAfter(TODAY)));
        assertTrue(all.stream().filter(PlannedInspection::isCompleted).anyMatch(i -> i.findings().stream()
                .anyMatch(f -> f.severity() != null)));
        assertTrue(all.stream().filter(i -> !i.isCompleted()).anyMatch(i -> i.scheduledOn().getMonth() == TODAY.getMonth()
                && !i.scheduledOn().isBefore(TODAY)));
    }

    @Test
    void aScaledDownPlanStillCoversEveryState() {
        List<PlannedComplaint> few = DemoScenario.generate(7, TODAY, 5).complaints();
        assertEquals(EnumSet.allOf(ComplaintState.class), few.stream().map(PlannedComplaint::target)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintState.class))));
    }

    @Test
    void refusesADayBeforeTheEmploymentAreasHadHalfAYear() {
        assertThrows(IllegalArgumentException.class, () -> DemoScenario.standard(LocalDate.of(2025, 3, 1)));
    }
}
