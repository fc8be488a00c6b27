package fi.valvonta.ejb.planning;

import fi.valvonta.model.planning.InspectionPlan;
import fi.valvonta.model.planning.PlanCapacity;
import fi.valvonta.model.planning.PlanState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A plan's row without its frozen JSON: what the plan list and a plan's view show. An adopted plan's snapshot and
 * entries are megabytes (7.6 MB and 0.9 MB for the load benchmark's 100 000 complaints), and reading the plan as an
 * entity read them for every plan in the list on every plan page; its entries come from {@link FrozenEntries}.
 */
public record PlanHeader(Long id, long version, int year, int planVersion, PlanState state, Long riskModelId,
                         String riskModelLabel, double inspectorDays, double reserveShare, double costOnSiteDays,
                         double costDeskReviewDays, LocalDate asOf, String parametersFingerprint, Long revisesPlanId,
                         Instant createdAt, String createdBy, Instant adoptedAt, String adoptedBy) {

    /** The JPQL of the headers; append the condition and the order. */
    static final String SELECT = "SELECT NEW fi.valvonta.ejb.planning.PlanHeader(p.id, p.version, p.year, p.planVersion,"
            + " p.state, r.id, r.label, p.inspectorDays, p.reserveShare, p.costOnSiteDays, p.costDeskReviewDays, p.asOf,"
            + " p.parametersFingerprint, p.revisesPlanId, p.createdAt, p.createdBy, p.adoptedAt, p.adoptedBy)"
            + " FROM InspectionPlan p JOIN p.riskModel r";

    static PlanHeader of(InspectionPlan p) {
        PlanCapacity c = p.capacity();
        return new PlanHeader(p.id(), p.version(), p.year(), p.planVersion(), p.state(), p.riskModel().id(),
                p.riskModel().label(), c.inspectorDays(), c.reserveShare(), c.costOnSiteDays(), c.costDeskReviewDays(),
                p.asOf().orElse(null), p.parametersFingerprint().orElse(null), p.revisesPlanId().orElse(null),
                p.createdAt(), p.createdBy(), p.adoptedAt().orElse(null), p.adoptedBy().orElse(null));
    }

    /** Adopted or superseded: its entries are frozen. */
    public boolean isFrozen() {
        return state != PlanState.DRAFT;
    }

    public PlanCapacity capacity() {
        return new PlanCapacity(inspectorDays, reserveShare, costOnSiteDays, costDeskReviewDays);
    }
}
