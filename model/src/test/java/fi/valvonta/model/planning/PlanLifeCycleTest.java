package fi.valvonta.model.planning;

import fi.valvonta.model.risk.RiskModel;
import fi.valvonta.model.risk.RiskParameters;

import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static fi.valvonta.model.planning.PlanAction.ADOPT;
import static fi.valvonta.model.planning.PlanAction.REPLAN;
import static fi.valvonta.model.planning.PlanAction.REVISE;
import static fi.valvonta.model.planning.PlanAction.SUPERSEDE;
import static fi.valvonta.model.planning.PlanState.ADOPTED;
import static fi.valvonta.model.planning.PlanState.DRAFT;
import static fi.valvonta.model.planning.PlanState.SUPERSEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's transition table, its permission table and the invariants the plan itself refuses. */
class PlanLifeCycleTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private final RiskParameters parameters = RiskParameters.defaults();
    private final PlanCapacity capacity = new PlanCapacity(300, 0.2, 5, 1.5);

    private InspectionPlan draft() {
        return new InspectionPlan(2026, 1, new RiskModel(parameters, "{}", NOW, "tarkastaja"), capacity, null, NOW, "tarkastaja");
    }

    private InspectionPlan adopted() {
        InspectionPlan plan = draft();
        plan.adopt("ratkaisija", NOW, TODAY, parameters.fingerprint(), "{}", "[]");
        return plan;
    }

    @Test
    void transitionTable() {
        assertEquals(EnumSet.of(DRAFT), REPLAN.sources());
        assertEquals(EnumSet.of(DRAFT), ADOPT.sources());
        assertEquals(EnumSet.of(ADOPTED, SUPERSEDED), REVISE.sources());
        assertEquals(EnumSet.of(ADOPTED), SUPERSEDE.sources());

        assertEquals(DRAFT, PlanWorkflow.transition(DRAFT, REPLAN));
        assertEquals(ADOPTED, PlanWorkflow.transition(DRAFT, ADOPT));
        assertEquals(ADOPTED, PlanWorkflow.transition(ADOPTED, REVISE), "revising leaves the plan as it is");
        assertEquals(SUPERSEDED, PlanWorkflow.transition(SUPERSEDED, REVISE));
        assertEquals(SUPERSEDED, PlanWorkflow.transition(ADOPTED, SUPERSEDE));
    }

    @ParameterizedTest
    @EnumSource(PlanAction.class)
    void everyActionNotInTheTableIsA409WithItsCode(PlanAction action) {
        for (PlanState from : PlanState.values()) {
            if (action.isAllowedFrom(from)) {
                continue;
            }
            ConflictException e = assertThrows(ConflictException.class, () -> PlanWorkflow.transition(from, action));
            assertEquals(action.refusalCode(), e.code());
        }
    }

    @Test
    void slugsNameTheActions() {
        for (PlanAction a : PlanAction.values()) {
            assertEquals(a, PlanAction.fromSlug(a.slug()).orElseThrow());
        }
        assertTrue(PlanAction.fromSlug("delete").isEmpty());
    }

    @Test
    void permissionTable() {
        assertEquals(EnumSet.of(Role.DECISION_MAKER), PlanPermissions.rolesFor(ADOPT));
        assertEquals(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER), PlanPermissions.rolesFor(REPLAN));
        assertEquals(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER), PlanPermissions.rolesFor(REVISE));
        assertTrue(PlanPermissions.rolesFor(SUPERSEDE).isEmpty(), "supersession only follows an adoption");
        assertEquals(EnumSet.of(Role.INSPECTOR, Role.DECISION_MAKER), PlanPermissions.rolesToCreate());
        for (Role reader : EnumSet.of(Role.REGISTRAR, Role.ADMIN, Role.AUDITOR)) {
            assertFalse(PlanPermissions.mayCreate(Set.of(reader)), reader + " only reads plans");
            for (PlanAction a : PlanAction.values()) {
                assertFalse(PlanPermissions.mayTake(Set.of(reader), a), reader + " may not " + a);
            }
        }
    }

    @Test
    void allowedActionsCombineStateAndRoles() {
        InspectionPlan draft = draft();
        assertEquals(EnumSet.of(REPLAN), draft.allowedActions(Set.of(Role.INSPECTOR)));
        assertEquals(EnumSet.of(REPLAN, ADOPT), draft.allowedActions(Set.of(Role.DECISION_MAKER)));
        assertEquals(EnumSet.of(REPLAN, ADOPT), draft.allowedActions(Set.of(Role.INSPECTOR, Role.DECISION_MAKER)));
        assertTrue(draft.allowedActions(Set.of(Role.AUDITOR)).isEmpty());
        assertTrue(draft.allowedActions(Set.of()).isEmpty());

        InspectionPlan adopted = adopted();
        assertEquals(EnumSet.of(REVISE), adopted.allowedActions(Set.of(Role.INSPECTOR)));
        assertEquals(EnumSet.of(REVISE), adopted.allowedActions(Set.of(Role.DECISION_MAKER)), "never supersede by hand");
        assertTrue(adopted.allowedActions(Set.of(Role.AUDITOR, Role.REGISTRAR)).isEmpty());

        adopted.supersede();
        assertEquals(EnumSet.of(REVISE), adopted.allowedActions(Set.of(Role.INSPECTOR)));
    }

    @Test
    void aDraftIsNotRevisedNorSupersededAndStaysADraft() {
        InspectionPlan draft = draft();
        assertEquals("plan.not-frozen", assertThrows(ConflictException.class,
                () -> draft.revision(2, NOW, "tarkastaja")).code());
        assertEquals("plan.not-adopted", assertThrows(ConflictException.class, draft::supersede).code());
        assertEquals(DRAFT, draft.state());
    }

    @Test
    void aFrozenPlanIsRevisedAsTheNextDraftVersionWithItsModelAndCapacity() {
        InspectionPlan adopted = adopted();
        InspectionPlan revision = adopted.revision(2, NOW, "tarkastaja");
        assertEquals(DRAFT, revision.state());
        assertEquals(2026, revision.year());
        assertEquals(2, revision.planVersion());
        assertEquals(capacity, revision.capacity());
        assertEquals(adopted.riskModel(), revision.riskModel());
        assertEquals(ADOPTED, adopted.state());
        assertThrows(IllegalArgumentException.class, () -> adopted.revision(1, NOW, "tarkastaja"));
    }

    @Test
    void aSupersededPlanIsNotSupersededAgainNorReplanned() {
        InspectionPlan plan = adopted();
        plan.supersede();
        assertEquals("plan.not-adopted", assertThrows(ConflictException.class, plan::supersede).code());
        assertEquals("plan.not-draft", assertThrows(ConflictException.class, () -> plan.replan(plan.riskModel(), capacity)).code());
        assertEquals("plan.not-draft", assertThrows(ConflictException.class,
                () -> plan.adopt("ratkaisija", NOW, TODAY, parameters.fingerprint(), "{}", "[]")).code());
        assertEquals(SUPERSEDED, plan.state());
    }

    @Test
    void auditSummaryStartsWithIdentityThenState() {
        InspectionPlan plan = draft();
        assertTrue(plan.auditSummary().startsWith("plan 2026/1 DRAFT"), plan.auditSummary());
        plan.adopt("ratkaisija", NOW, TODAY, parameters.fingerprint(), "{}", "[]");
        assertTrue(plan.auditSummary().startsWith("plan 2026/1 ADOPTED"), plan.auditSummary());
        assertTrue(plan.auditSummary().contains("as of " + TODAY), plan.auditSummary());
        assertFalse(plan.auditSummary().contains("ratkaisija"), "who adopted is the audit record's actor");
    }
}
