package fi.valvonta.ejb.inspection;

import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.inspection.PlanState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan version with its capacity and the totals of its selection. */
public record PlanView(long id, int year, int planVersion, PlanState state, long riskModelId, String riskModelVersion,
                       double inspectorDays, double reserveShare, double costOnSiteDays, double costDeskReviewDays,
                       double availableDays, double daysUsed, double riskCovered, double totalRisk, int entityCount,
                       int onSiteCount, int deskReviewCount, List<Long> highBandWithoutVisit, LocalDate asOf,
                       String parametersFingerprint, Long revisesPlanId, Instant createdAt, String createdBy,
                       Instant adoptedAt, String adoptedBy) {

    public boolean isDraft() {
        return state == PlanState.DRAFT;
    }

    static int count(List<PlanEntryView> entries, InspectionType type) {
        return (int) entries.stream().filter(e -> e.inspectionType() == type).count();
    }
}
