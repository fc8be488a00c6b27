package fi.valvonta.model.planning;

import fi.valvonta.model.risk.RiskModel;
import fi.valvonta.model.risk.RiskParameters;

import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectionPlanTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final RiskParameters parameters = RiskParameters.defaults();
    private final PlanCapacity capacity = new PlanCapacity(300, 0.2, 5, 1.5);

    private RiskModel model() {
        return new RiskModel(parameters, "{}", NOW, "tarkastaja");
    }

    @Test
    void adoptionFreezesThePlanAndLocksItsModel() {
        RiskModel model = model();
        InspectionPlan plan = new InspectionPlan(2026, 1, model, capacity, null, NOW, "tarkastaja");
        assertEquals(PlanState.DRAFT, plan.state());
        plan.replan(model, capacity.withInspectorDays(250));
        assertEquals(250, plan.capacity().inspectorDays());

        plan.adopt("ratkaisija", NOW, LocalDate.of(2026, 1, 5), parameters.fingerprint(), "{snapshot}", "[entries]");
        assertEquals(PlanState.ADOPTED, plan.state());
        assertTrue(plan.isFrozen());
        assertTrue(model.isLocked());
        assertEquals("[entries]", plan.entriesJson().orElseThrow());

        assertEquals("plan.not-draft", assertThrows(ConflictException.class, () ->
                plan.adopt("ratkaisija", NOW, LocalDate.of(2026, 1, 5), parameters.fingerprint(), "{}", "[]")).code());
        assertThrows(ConflictException.class, () -> plan.replan(model, capacity));
        assertEquals("risk-model.locked", assertThrows(ConflictException.class, () ->
                model.revise(parameters, "{}")).code());

        plan.supersede();
        assertEquals(PlanState.SUPERSEDED, plan.state());
        assertTrue(plan.isFrozen());
    }

    @Test
    void anUnlockedModelIsRevisedUnderItsOwnName() {
        RiskModel model = model();
        RiskParameters heavier = parameters.toBuilder().openOrderWeight(2).build();
        model.revise(heavier, "{}");
        assertEquals(heavier.fingerprint(), model.fingerprint());
        assertEquals("version", assertThrows(RuleViolationException.class, () ->
                model.revise(parameters.toBuilder().version("other").build(), "{}")).field());
    }

    @Test
    void adoptionRefusesParametersThatAreNotTheModels() {
        InspectionPlan plan = new InspectionPlan(2026, 1, model(), capacity, null, NOW, "tarkastaja");
        String other = parameters.toBuilder().openOrderWeight(2).build().fingerprint();
        assertThrows(ConflictException.class, () -> plan.adopt("r", NOW, LocalDate.of(2026, 1, 5), other, "{}", "[]"));
        assertEquals(PlanState.DRAFT, plan.state());
    }

    @Test
    void planYearIsChecked() {
        assertEquals("year", assertThrows(RuleViolationException.class, () ->
                new InspectionPlan(1999, 1, model(), capacity, null, NOW, "t")).field());
    }
}
