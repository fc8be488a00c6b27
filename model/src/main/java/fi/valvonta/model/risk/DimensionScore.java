package fi.valvonta.model.risk;

import fi.valvonta.model.platform.Dimension;

import java.util.List;
import java.util.Objects;

/**
 * Score of one entity in one dimension: {@code weightedScore = weight × likelihood × impact}, with the
 * breakdown whose likelihood terms sum to {@code likelihood} and whose exposure and vulnerability terms
 * give {@code impact = exposure × (1 + Σ vulnerability)}.
 */
public record DimensionScore(Dimension dimension, double likelihood, double impact, double weight,
                             double weightedScore, List<Factor> breakdown) {

    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        breakdown = List.copyOf(breakdown);
    }

    public List<Factor> likelihoodFactors() {
        return breakdown.stream().filter(Factor::isLikelihoodTerm).toList();
    }

    public List<Factor> vulnerabilityFactors() {
        return breakdown.stream().filter(Factor::isVulnerabilityTerm).toList();
    }

    /** The breakdown term with this key, for a UI that shows one reason at a time. */
    public Factor factor(String key) {
        return breakdown.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no factor " + key + " in " + dimension));
    }
}
