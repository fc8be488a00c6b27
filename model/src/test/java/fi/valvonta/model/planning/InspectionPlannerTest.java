package fi.valvonta.model.planning;

import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.EntityRiskScore;
import fi.valvonta.model.risk.Inputs;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.risk.SyntheticRegister;

import fi.valvonta.model.planning.InspectionPlanner.PlanOutcome;
import fi.valvonta.model.planning.InspectionPlanner.RankShift;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static fi.valvonta.model.risk.ComplaintSignal.Substantiation.SUBSTANTIATED;
import static fi.valvonta.model.risk.Inputs.AS_OF;
import static fi.valvonta.model.risk.Inputs.entity;
import static fi.valvonta.model.platform.Dimension.DATA_PROTECTION;
import static fi.valvonta.model.platform.Dimension.LANGUAGE_RIGHTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectionPlannerTest {

    private final InspectionPlanner planner = new InspectionPlanner();
    private final PlanCapacity oneVisit = new PlanCapacity(5, 0, 5, 5);

    // entity 1: data-protection trouble; entity 2: language-rights trouble in a bilingual municipality
    private final List<EntityRiskInput> register = List.of(
            entity(1).complaints(DATA_PROTECTION, SUBSTANTIATED, 12).build(),
            entity(2).status(Inputs.BILINGUAL_FI).complaints(LANGUAGE_RIGHTS, SUBSTANTIATED, 6).build(),
            entity(3).build());

    @Test
    void raisingTheLanguageRightsWeightMovesTheLanguageRightsEntityUp() {
        RiskParameters base = RiskParameters.defaults();
        RiskParameters lrFirst = base.toBuilder().version("what-if-lr").dimensionWeight(LANGUAGE_RIGHTS, 3.0).build();
        PlanOutcome baseline = planner.plan(register, base, oneVisit, AS_OF);
        PlanOutcome variant = planner.plan(register, lrFirst, oneVisit, AS_OF);

        assertEquals(1L, baseline.ranking().get(0).entityId(), "baseline: data protection leads");
        assertEquals(2L, variant.ranking().get(0).entityId(), "variant: language rights leads");

        List<RankShift> shifts = InspectionPlanner.compare(baseline, variant);
        RankShift lr = shifts.stream().filter(s -> s.entityId() == 2).findFirst().orElseThrow();
        assertEquals(1, lr.placesUp());
        assertTrue(lr.inspectionChanged(), "the single visit moves to the language-rights entity");
        assertEquals(InspectionType.ON_SITE, lr.variantInspection());
        assertEquals("what-if-lr", variant.ranking().get(0).parametersVersion());
    }

    @Test
    void moreCapacityBringsMoreEntitiesIntoThePlan() {
        List<EntityRiskInput> big = SyntheticRegister.generate(3, 100, 6000);
        PlanOutcome small = planner.plan(big, RiskParameters.defaults(), new PlanCapacity(100, 0.3, 5, 1.5), AS_OF);
        PlanOutcome large = planner.plan(big, RiskParameters.defaults(), new PlanCapacity(400, 0.3, 5, 1.5), AS_OF);
        assertTrue(large.selection().selected().size() > small.selection().selected().size());
        assertTrue(large.selection().riskCovered() > small.selection().riskCovered());
        // the ranking does not depend on capacity
        assertTrue(InspectionPlanner.compare(small, large).stream().allMatch(s -> s.placesUp() == 0));
    }

    @Test
    void fullSizeRegisterIsScoredAndPlannedCompletely() {
        // behaviour at full size only; the speed is measured by PlanningBenchmark, never asserted in a test
        List<EntityRiskInput> register = SyntheticRegister.generate(2026, 309, 100_000);
        PlanCapacity capacity = new PlanCapacity(350, 0.3, 5, 1.5);
        PlanOutcome outcome = planner.plan(register, RiskParameters.defaults(), capacity, AS_OF);
        assertEquals(309, outcome.selection().entries().size());
        // every entity is ranked once, by total risk descending, ranks 1..309
        assertEquals(309, outcome.ranking().size());
        assertEquals(309, outcome.ranking().stream().mapToLong(EntityRiskScore::entityId).distinct().count());
        for (int i = 1; i < outcome.ranking().size(); i++) {
            assertTrue(outcome.ranking().get(i - 1).total() >= outcome.ranking().get(i).total(), "rank " + i);
        }
        assertEquals(IntStream.rangeClosed(1, 309).boxed().toList(),
                outcome.selection().entries().stream().map(Selection::rank).toList());
        // the signals were scored: an entity with complaints carries risk
        assertTrue(outcome.ranking().get(0).total() > 0);
        assertTrue(outcome.selection().daysUsed() <= capacity.availableDays() + 1e-9);
    }
}
