package fi.valvonta.model.measure;

import fi.valvonta.model.platform.PresentationProcedure;
import fi.valvonta.model.platform.RuleViolationException;

/**
 * Who decides a measure: a presenter and a decider are named, the decider is not the presenter
 * ({@link PresentationProcedure}, the one place of that rule) and holds the DECISION_MAKER role.
 * Asked by {@link Measure#decide} itself.
 */
public final class DecisionRoles {

    private DecisionRoles() {
    }

    public static void checkDecider(String presenterUsername, String deciderUsername, boolean deciderHasDecisionMakerRole) {
        if (isBlank(presenterUsername)) {
            throw new RuleViolationException("measure.presenter-missing", "presenter", "A measure needs a presenter");
        }
        if (isBlank(deciderUsername)) {
            throw new RuleViolationException("measure.decider-missing", "decider", "A measure needs a decider");
        }
        PresentationProcedure.requireOtherDecider(presenterUsername, deciderUsername);
        if (!deciderHasDecisionMakerRole) {
            throw new RuleViolationException("measure.decider-not-decision-maker", "decider",
                    "Only an official with the DECISION_MAKER role may decide a measure");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
