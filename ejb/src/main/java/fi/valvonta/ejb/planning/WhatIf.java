package fi.valvonta.ejb.planning;

import java.util.Map;

/**
 * A what-if variant of a plan, computed and not saved: other dimension weights and/or capacity. A field
 * left out keeps the plan's value.
 */
public record WhatIf(Map<String, Double> dimensionWeights, Double inspectorDays, Double reserveShare) {
}
