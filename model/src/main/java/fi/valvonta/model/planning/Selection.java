package fi.valvonta.model.planning;

import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.risk.RiskBand;

import java.util.Objects;
import java.util.Optional;

/**
 * One entity's line in the plan: its rank by total risk (1 = highest), the planned inspection or
 * {@code null} for none, why, and what it covers and costs.
 *
 * @param inspectionType planned inspection, {@code null} if the entity is not in the plan
 * @param riskCovered    risk the planned inspection covers (total for a visit, a fraction for a desk review)
 * @param daysUsed       inspector-days the planned inspection uses
 * @param explanation    English rendering of the reason with its numbers, for logs and tests
 */
public record Selection(long entityId, int rank, RiskBand band, double totalRisk, InspectionType inspectionType,
                        SelectionReason reasonCode, double riskCovered, double daysUsed, String explanation) {

    public Selection {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(reasonCode, "reasonCode");
        if ((inspectionType != null) != reasonCode.isSelected()) {
            throw new IllegalArgumentException("reason " + reasonCode + " does not match inspection " + inspectionType);
        }
    }

    public Optional<InspectionType> plannedInspection() {
        return Optional.ofNullable(inspectionType);
    }

    public boolean isSelected() {
        return inspectionType != null;
    }
}
