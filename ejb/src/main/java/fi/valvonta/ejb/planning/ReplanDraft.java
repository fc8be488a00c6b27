package fi.valvonta.ejb.planning;

import fi.valvonta.model.planning.PlanCapacity;

/** Changes a draft's risk model and/or capacity; a field left out keeps its value. */
public record ReplanDraft(Long riskModelId, Double inspectorDays, Double reserveShare, Double costOnSiteDays,
                          Double costDeskReviewDays) {

    PlanCapacity applyTo(PlanCapacity c) {
        return new PlanCapacity(inspectorDays == null ? c.inspectorDays() : inspectorDays,
                reserveShare == null ? c.reserveShare() : reserveShare,
                costOnSiteDays == null ? c.costOnSiteDays() : costOnSiteDays,
                costDeskReviewDays == null ? c.costDeskReviewDays() : costDeskReviewDays);
    }
}
