package fi.valvonta.model.platform;

import java.util.Locale;
import java.util.Objects;

/**
 * Presentation procedure (esittelymenettely, HL 7 luku; the agency's rules of procedure): a matter is
 * prepared and presented by one official (esittelijä) and decided by another (ratkaisija). The one
 * place this rule is written; complaints and measures both ask it, and the UI and API offer the decide
 * action only where it allows.
 */
public final class PresentationProcedure {

    public static final String PRESENTER_CANNOT_DECIDE = "presenter-cannot-decide";

    private PresentationProcedure() {
    }

    /** Whether {@code caller} may decide a matter presented by {@code presenter} (an absent presenter binds no one). */
    public static boolean mayDecide(String presenter, String caller) {
        return presenter == null || caller == null || !normalise(presenter).equals(normalise(caller));
    }

    /** @throws ForbiddenException {@value #PRESENTER_CANNOT_DECIDE} when the decider presented the matter */
    public static void requireOtherDecider(String presenter, String decider) {
        Objects.requireNonNull(decider, "decider");
        if (!mayDecide(presenter, decider)) {
            throw new ForbiddenException(PRESENTER_CANNOT_DECIDE,
                    "The presenter " + presenter + " may not decide the matter they presented");
        }
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
