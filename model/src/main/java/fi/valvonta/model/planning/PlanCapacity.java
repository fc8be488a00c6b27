package fi.valvonta.model.planning;

import fi.valvonta.model.inspection.InspectionType;

import fi.valvonta.model.platform.RuleViolationException;

/**
 * Inspection capacity of one plan year. The supervision resources are about 1.5–2 person-years, i.e.
 * roughly 300–420 inspector-days; a share is held back for complaint-driven work, which the plan cannot
 * foresee.
 *
 * @param inspectorDays      all inspector-days of the year for supervision
 * @param reserveShare       share 0..0.9 reserved for complaint-driven work
 * @param costOnSiteDays     inspector-days of one inspection visit (preparation, visit, report)
 * @param costDeskReviewDays inspector-days of one desk review; never more than a visit
 */
public record PlanCapacity(double inspectorDays, double reserveShare, double costOnSiteDays,
                           double costDeskReviewDays) {

    public PlanCapacity {
        if (!(inspectorDays >= 0) || Double.isInfinite(inspectorDays)) {
            throw new RuleViolationException("plan-capacity.negative-days", "inspectorDays",
                    "inspector-days must be a finite number >= 0, was " + inspectorDays);
        }
        if (!(reserveShare >= 0 && reserveShare <= 0.9)) {
            throw new RuleViolationException("plan-capacity.reserve-out-of-range", "reserveShare",
                    "reserve share must be within 0..0.9, was " + reserveShare);
        }
        requirePositiveCost(costOnSiteDays, "costOnSiteDays");
        requirePositiveCost(costDeskReviewDays, "costDeskReviewDays");
        if (costDeskReviewDays > costOnSiteDays) {
            throw new RuleViolationException("plan-capacity.desk-review-dearer", "costDeskReviewDays",
                    "a desk review (" + costDeskReviewDays + " d) cannot cost more than a visit (" + costOnSiteDays + " d)");
        }
    }

    private static void requirePositiveCost(double cost, String field) {
        if (!(cost > 0) || Double.isInfinite(cost)) {
            throw new RuleViolationException("plan-capacity.non-positive-cost", field,
                    field + " must be a finite number > 0, was " + cost);
        }
    }

    /** Inspector-days the plan may use: the capacity less the reserve for complaint-driven work. */
    public double availableDays() {
        return inspectorDays * (1 - reserveShare);
    }

    public double costOf(InspectionType type) {
        return type == InspectionType.ON_SITE ? costOnSiteDays : costDeskReviewDays;
    }

    public PlanCapacity withInspectorDays(double days) {
        return new PlanCapacity(days, reserveShare, costOnSiteDays, costDeskReviewDays);
    }
}
