package fi.valvonta.model.measure;

import org.junit.jupiter.api.Test;

import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

class DecisionRolesTest {

    @Test
    void differentDecisionMakerMayDecide() {
        assertDoesNotThrow(() -> DecisionRoles.checkDecider("inspector.a", "decider.b", true));
    }

    @Test
    void presenterMayNotDecideOwnProposal() {
        assertRefused("measure.same-presenter-and-decider",
                () -> DecisionRoles.checkDecider("inspector.a", "inspector.a", true));
    }

    @Test
    void samePersonDetectedDespiteCaseAndSpaces() {
        assertRefused("measure.same-presenter-and-decider",
                () -> DecisionRoles.checkDecider("Inspector.A", " inspector.a ", true));
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
}
