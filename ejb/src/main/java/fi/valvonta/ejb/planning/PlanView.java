package fi.valvonta.ejb.planning;

import fi.valvonta.model.planning.InspectionPlan;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.planning.PlanAction;
import fi.valvonta.model.planning.PlanCapacity;
import fi.valvonta.model.planning.PlanState;
import fi.valvonta.model.planning.SelectionReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A plan version with its capacity and the totals of its selection, and the actions ({@link PlanAction}
 * slugs) the caller may take on it now: what the views offer, computed once by the plan.
 */
public record PlanView(long id, int year, int planVersion, PlanState state, long riskModelId, String riskModelVersion,
                       double inspectorDays, double reserveShare, double costOnSiteDays, double costDeskReviewDays,
                       double availableDays, double daysUsed, double riskCovered, double totalRisk, int entityCount,
                       int onSiteCount, int deskReviewCount, List<Long> highBandWithoutVisit, LocalDate asOf,
                       String parametersFingerprint, Long revisesPlanId, Instant createdAt, String createdBy,
                       Instant adoptedAt, String adoptedBy, List<String> allowedActions) {

    public boolean isDraft() {
        return state == PlanState.DRAFT;
    }

    /** Whether the caller may take the action with this slug ({@code "adopt"}, {@code "revise"} …). */
    public boolean allows(String slug) {
        return allowedActions.contains(slug);
    }

    static int count(List<PlanEntryView> entries, InspectionType type) {
        return (int) entries.stream().filter(e -> e.inspectionType() == type).count();
    }

    /** The plan with its entries (none: totals 0) and the actions allowed to the caller. */
    static PlanView of(InspectionPlan p, List<PlanEntryView> entries, Collection<PlanAction> allowed) {
        return of(PlanHeader.of(p), entries, allowed);
    }

    /** The plan of this header with its entries (none: totals 0) and the actions allowed to the caller. */
    static PlanView of(PlanHeader p, List<PlanEntryView> entries, Collection<PlanAction> allowed) {
        PlanCapacity c = p.capacity();
        List<PlanEntryView> e = entries == null ? List.of() : entries;
        return new PlanView(p.id(), p.year(), p.planVersion(), p.state(), p.riskModelId(), p.riskModelLabel(),
                c.inspectorDays(), c.reserveShare(), c.costOnSiteDays(), c.costDeskReviewDays(), c.availableDays(),
                e.stream().mapToDouble(PlanEntryView::daysUsed).sum(),
                e.stream().mapToDouble(PlanEntryView::riskCovered).sum(),
                e.stream().mapToDouble(PlanEntryView::totalRisk).sum(), e.size(),
                count(e, InspectionType.ON_SITE), count(e, InspectionType.DESK_REVIEW),
                e.stream().filter(x -> x.reason() == SelectionReason.HIGH_BAND_OVER_CAPACITY
                        || x.reason() == SelectionReason.HIGH_BAND_OVER_CAPACITY_DESK_REVIEW).map(PlanEntryView::entityId).toList(),
                p.asOf(), p.parametersFingerprint(), p.revisesPlanId(), p.createdAt(), p.createdBy(), p.adoptedAt(),
                p.adoptedBy(), allowed.stream().map(PlanAction::slug).toList());
    }
}
