package fi.valvonta.model.measure;

import fi.valvonta.model.shared.RuleViolationException;

import java.util.Locale;

/**
 * Presentation procedure (esittelymenettely): an inspector drafts and presents the measure, a
 * different official holding the DECISION_MAKER role decides it.
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
        if (normalise(presenterUsername).equals(normalise(deciderUsername))) {
            throw new RuleViolationException("measure.same-presenter-and-decider", "decider",
                    "The presenter may not decide the measure they presented");
        }
        if (!deciderHasDecisionMakerRole) {
            throw new RuleViolationException("measure.decider-not-decision-maker", "decider",
                    "Only an official with the DECISION_MAKER role may decide a measure");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
