package fi.valvonta.model.planning;

import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.EntityRiskScore;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.risk.RiskScorer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a register and selects the plan in one call, and compares two such runs: the what-if of the
 * planning view (change a weight or the capacity, see how the ranking and the plan move).
 */
public final class InspectionPlanner {

    private final RiskScorer scorer;
    private final PlanSelector selector;

    public InspectionPlanner() {
        this(new RiskScorer(), new PlanSelector());
    }

    public InspectionPlanner(RiskScorer scorer, PlanSelector selector) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.selector = Objects.requireNonNull(selector, "selector");
    }

    /** One planning run: the ranking (total risk descending) and the selection made from it. */
    public record PlanOutcome(RiskParameters parameters, PlanCapacity capacity, LocalDate asOf,
                              List<EntityRiskScore> ranking, PlanSelection selection) {
        public PlanOutcome {
            ranking = List.copyOf(ranking);
        }
    }

    /** How one entity moved between a baseline and a variant run; rank 1 is the highest risk. */
    public record RankShift(long entityId, int baselineRank, int variantRank,
                            InspectionType baselineInspection, InspectionType variantInspection) {

        /** Positive when the entity moved up (towards rank 1) in the variant. */
        public int placesUp() {
            return baselineRank - variantRank;
        }

        public boolean inspectionChanged() {
            return baselineInspection != variantInspection;
        }
    }

    public PlanOutcome plan(List<EntityRiskInput> inputs, RiskParameters parameters, PlanCapacity capacity, LocalDate asOf) {
        List<EntityRiskScore> ranking = PlanSelector.rank(scorer.scoreAll(inputs, parameters, asOf));
        return new PlanOutcome(parameters, capacity, asOf, ranking, selector.select(ranking, capacity));
    }

    /** Each entity of the baseline with its rank and inspection in both runs, in baseline rank order. */
    public static List<RankShift> compare(PlanOutcome baseline, PlanOutcome variant) {
        Map<Long, Selection> inVariant = new HashMap<>();
        variant.selection().entries().forEach(e -> inVariant.put(e.entityId(), e));
        return baseline.selection().entries().stream()
                .filter(b -> inVariant.containsKey(b.entityId()))
                .map(b -> {
                    Selection v = inVariant.get(b.entityId());
                    return new RankShift(b.entityId(), b.rank(), v.rank(), b.inspectionType(), v.inspectionType());
                })
                .toList();
    }
}
