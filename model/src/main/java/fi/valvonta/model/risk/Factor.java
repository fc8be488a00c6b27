package fi.valvonta.model.risk;

import java.util.Map;
import java.util.Objects;

/**
 * One term of a score's breakdown: "why this number". The {@code key} is stable and i18n-able
 * (e.g. {@code likelihood.complaints.substantiated}); {@code inputs} are the numbers used, named, so a UI
 * can render its own sentence; {@code explanation} is the English rendering for logs and tests.
 *
 * <p>Keys starting with {@code likelihood.} are summands of the likelihood; {@code impact.exposure} is
 * the exposure, and keys starting with {@code impact.vulnerability.} are summands of the vulnerability;
 * {@code score.dimensionWeight} is the dimension weight.
 */
public record Factor(String key, double value, Map<String, Double> inputs, String explanation) {

    public static final String LIKELIHOOD_PREFIX = "likelihood.";
    public static final String VULNERABILITY_PREFIX = "impact.vulnerability.";
    public static final String EXPOSURE_KEY = "impact.exposure";
    public static final String WEIGHT_KEY = "score.dimensionWeight";

    public Factor {
        Objects.requireNonNull(key, "key");
        inputs = Map.copyOf(inputs);
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean isLikelihoodTerm() {
        return key.startsWith(LIKELIHOOD_PREFIX);
    }

    public boolean isVulnerabilityTerm() {
        return key.startsWith(VULNERABILITY_PREFIX);
    }
}
