package fi.valvonta.ejb.planning;

import fi.valvonta.model.planning.InspectionPlan;
import fi.valvonta.model.planning.PlanCapacity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A new draft plan for a year (the year's next version). Without a risk model the latest version is used;
 * omitted costs and reserve default to a 5-day visit, a 1.5-day desk review and a 20 % reserve.
 */
public record CreatePlan(@NotNull @Min(InspectionPlan.MIN_YEAR) @Max(InspectionPlan.MAX_YEAR) Integer year,
                         Long riskModelId, @NotNull Double inspectorDays, Double reserveShare,
                         Double costOnSiteDays, Double costDeskReviewDays) {

    public static final double DEFAULT_RESERVE = 0.2;
    public static final double DEFAULT_ON_SITE_DAYS = 5;
    public static final double DEFAULT_DESK_REVIEW_DAYS = 1.5;

    PlanCapacity capacity() {
        return new PlanCapacity(inspectorDays, reserveShare == null ? DEFAULT_RESERVE : reserveShare,
                costOnSiteDays == null ? DEFAULT_ON_SITE_DAYS : costOnSiteDays,
                costDeskReviewDays == null ? DEFAULT_DESK_REVIEW_DAYS : costDeskReviewDays);
    }
}
