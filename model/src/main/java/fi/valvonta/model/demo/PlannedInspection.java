package fi.valvonta.model.demo;

import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.platform.CaseNumber;

import java.time.LocalDate;
import java.util.List;

/** A demo inspection of an employment area: scheduled, or done with its findings and report. */
public record PlannedInspection(int serial, boolean swedish, int entityPick, InspectionType type, LocalDate scheduledOn,
                                List<String> inspectors, List<Finding> findings, String report) {

    public record Finding(String itemCode, FindingOutcome outcome, DeficiencySeverity severity, String description) {
    }

    public PlannedInspection {
        inspectors = List.copyOf(inspectors);
        findings = List.copyOf(findings);
    }

    public String reference() {
        return CaseNumber.of(DemoScenario.CASE_PREFIX, serial, scheduledOn.getYear()).toString();
    }

    public boolean isCompleted() {
        return report != null;
    }
}
