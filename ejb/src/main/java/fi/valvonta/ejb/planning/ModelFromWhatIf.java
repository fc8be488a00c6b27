package fi.valvonta.ejb.planning;

import java.util.Map;

/**
 * What-if weights saved as a new risk model version (a version in use never changes), which the draft
 * then uses with the what-if capacity. The plan's model gives every parameter not named here; a field
 * left out keeps the plan's value.
 */
public record ModelFromWhatIf(String version, Map<String, Double> dimensionWeights, Double inspectorDays) {
}
