package fi.valvonta.ejb.planning;

import fi.valvonta.model.risk.DimensionScore;
import fi.valvonta.model.risk.EntityRiskScore;
import fi.valvonta.model.risk.Factor;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.risk.RiskBand;
import fi.valvonta.model.planning.Selection;
import fi.valvonta.model.planning.SelectionReason;
import fi.valvonta.model.platform.Dimension;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entity's line of a plan: rank, band, total risk, the planned inspection (or none) and why, and the
 * score of each dimension with its factor breakdown ("why this number").
 */
public record PlanEntryView(int rank, long entityId, String name, RiskBand band, double totalRisk,
                            InspectionType inspectionType, SelectionReason reason, double riskCovered,
                            double daysUsed, String explanation, List<DimensionView> dimensions) {

    public record DimensionView(Dimension dimension, double likelihood, double impact, double weight,
                                double weightedScore, List<FactorView> factors) {
    }

    public record FactorView(String key, double value, Map<String, Double> inputs, String explanation) {
    }

    static PlanEntryView of(Selection s, EntityRiskScore score) {
        List<DimensionView> dims = score.dimensions().values().stream().map(PlanEntryView::dimension).toList();
        return new PlanEntryView(s.rank(), s.entityId(), score.name(), s.band(), s.totalRisk(), s.inspectionType(),
                s.reasonCode(), s.riskCovered(), s.daysUsed(), s.explanation(), dims);
    }

    private static DimensionView dimension(DimensionScore d) {
        return new DimensionView(d.dimension(), d.likelihood(), d.impact(), d.weight(), d.weightedScore(),
                d.breakdown().stream().map(PlanEntryView::factor).toList());
    }

    private static FactorView factor(Factor f) {
        return new FactorView(f.key(), f.value(), new TreeMap<>(f.inputs()), f.explanation());
    }

    @jakarta.json.bind.annotation.JsonbTransient
    public boolean isSelected() {
        return inspectionType != null;
    }

    /** The weighted score of a dimension, for the heatmap. */
    public double score(Dimension d) {
        for (DimensionView x : dimensions) { // a loop, not a stream: ~1 000 cells a plan page
            if (x.dimension() == d) {
                return x.weightedScore();
            }
        }
        return 0;
    }
}
