package fi.valvonta.web.ui.inspection;

import fi.valvonta.ejb.inspection.CompleteInspection;
import fi.valvonta.ejb.inspection.InspectionService;
import fi.valvonta.ejb.inspection.InspectionView;
import fi.valvonta.ejb.inspection.RecordFinding;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.ejb.inspection.FindingView;
import org.omnifaces.util.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * One inspection: its checklist with legal bases, the findings (by id), recording a finding, completion.
 * The page offers what the inspection's {@code allowedActions} say; refusals take the UI's one error path.
 */
@Named
@ViewScoped
public class InspectionBean implements Serializable {

    @Inject
    transient InspectionService inspections;

    private Long id;
    private InspectionView inspection;

    private String itemCode;
    private FindingOutcome outcome = FindingOutcome.COMPLIANT;
    private DeficiencySeverity severity;
    private String description;
    private String report;

    public void load() {
        inspection = id == null ? null : inspections.find(id).orElse(null);
        if (inspection == null) {
            Messages.addGlobalError("inspection.notFound");
        } else if (itemCode == null && !inspection.checklist().isEmpty()) {
            itemCode = inspection.checklist().get(0).code();
        }
    }

    public void recordFinding() {
        FindingView f = inspections.recordFinding(id, new RecordFinding(itemCode, outcome,
                outcome == FindingOutcome.DEFICIENCY ? severity : null, description, null));
        Messages.addGlobalInfo("inspection.findingRecorded", f.id());
        description = null;
        load();
    }

    public void complete() {
        inspections.complete(id, new CompleteInspection(report, null));
        Messages.addGlobalInfo("inspection.completed");
        load();
    }

    public FindingOutcome[] getOutcomes() { return FindingOutcome.values(); }
    public DeficiencySeverity[] getSeverities() { return DeficiencySeverity.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public InspectionView getInspection() { return inspection; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public FindingOutcome getOutcome() { return outcome; }
    public void setOutcome(FindingOutcome outcome) { this.outcome = outcome; }
    public DeficiencySeverity getSeverity() { return severity; }
    public void setSeverity(DeficiencySeverity severity) { this.severity = severity; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
}
