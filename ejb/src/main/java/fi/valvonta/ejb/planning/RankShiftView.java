package fi.valvonta.ejb.planning;

import fi.valvonta.model.inspection.InspectionType;

/** How one entity moved in a what-if variant against the plan: rank 1 is the highest risk. */
public record RankShiftView(long entityId, String name, int baselineRank, int variantRank,
                            InspectionType baselineInspection, InspectionType variantInspection,
                            double baselineTotal, double variantTotal) {

    public int placesUp() {
        return baselineRank - variantRank;
    }
}
