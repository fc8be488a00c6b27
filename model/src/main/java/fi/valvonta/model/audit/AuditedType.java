package fi.valvonta.model.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of record the audit trail and the use log speak of. The stored name is the one the
 * trail has always used ({@code GET /audit?type=Complaint&id=…}), so existing rows stay readable.
 */
public enum AuditedType {
    APP_USER("AppUser"),
    EMPLOYMENT_AREA("EmploymentArea"),
    MUNICIPALITY("Municipality"),
    COMPLAINT("Complaint"),
    MEASURE_CASE("MeasureCase"),
    MEASURE("Measure"),
    FOLLOW_UP("FollowUp"),
    RISK_MODEL("RiskModel"),
    ENTITY_INDICATOR("EntityIndicator"),
    RISK_SIGNAL_IMPORT("RiskSignalImport"),
    INSPECTION_PLAN("InspectionPlan"),
    INSPECTION("Inspection"),
    INSPECTION_FINDING("InspectionFinding"),
    INCOMING_MESSAGE("IncomingMessage"),
    NOTIFICATION("Notification");

    private final String storedName;

    AuditedType(String storedName) {
        this.storedName = storedName;
    }

    /** The name in the {@code entity_type} column and in the API's {@code type} parameter. */
    public String storedName() {
        return storedName;
    }

    public static Optional<AuditedType> fromStoredName(String name) {
        return Arrays.stream(values()).filter(t -> t.storedName.equals(name)).findFirst();
    }
}
