package fi.valvonta.model.measure;

import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.PresentationProcedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecisionRolesTest {

    @Test
    void differentDecisionMakerMayDecide() {
        assertDoesNotThrow(() -> DecisionRoles.checkDecider("inspector.a", "decider.b", true));
    }

    @Test
    void presenterMayNotDecideOwnProposal() {
        assertForbidden(() -> DecisionRoles.checkDecider("inspector.a", "inspector.a", true));
    }

    @Test
    void samePersonDetectedDespiteCaseAndSpaces() {
        assertForbidden(() -> DecisionRoles.checkDecider("Inspector.A", " inspector.a ", true));
    }

    @Test
    void deciderWithoutDecisionMakerRoleRefused() {
        assertRefused("measure.decider-not-decision-maker",
                () -> DecisionRoles.checkDecider("inspector.a", "inspector.b", false));
    }

    @Test
    void presenterAndDeciderRequired() {
        assertRefused("measure.presenter-missing", () -> DecisionRoles.checkDecider(" ", "decider.b", true));
        assertRefused("measure.decider-missing", () -> DecisionRoles.checkDecider("inspector.a", null, true));
    }

    /** Presenter ≠ decider is the presentation procedure's one rule: 403 {@code presenter-cannot-decide}. */
    private static void assertForbidden(Executable call) {
        assertEquals(PresentationProcedure.PRESENTER_CANNOT_DECIDE, assertThrows(ForbiddenException.class, call).code());
    }
}
