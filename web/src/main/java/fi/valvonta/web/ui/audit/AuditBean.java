package fi.valvonta.web.ui.audit;

import fi.valvonta.ejb.audit.AuditEntry;
import fi.valvonta.ejb.audit.AuditService;
import fi.valvonta.ejb.audit.AuditedTypes;
import fi.valvonta.ejb.audit.UseLogView;
import fi.valvonta.ejb.audit.AuditVerification;
import fi.valvonta.ejb.audit.DisclosureView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.io.Serializable;
import java.util.List;

/** The auditor's look-up: the audit trail, use log and disclosure log of one record, and the check of their chains. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    /** Record types that are audited, as written by the services. */
    public static final List<String> TYPES = java.util.Arrays.stream(fi.valvonta.model.audit.AuditedType.values())
            .map(fi.valvonta.model.audit.AuditedType::storedName).toList();

    @Inject
    transient AuditService audit;

    @NotBlank
    private String type = "Complaint";
    @NotNull
    @Positive
    private Long id;
    private List<AuditEntry> trail = List.of();
    private List<UseLogView> useLog = List.of();
    private boolean searched;
    private List<DisclosureView> disclosures = List.of();
    private AuditVerification verification;

    public void search() {
        trail = audit.trailOf(AuditedTypes.parse(type), id);
        useLog = audit.useLogOf(AuditedTypes.parse(type), id);
        disclosures = audit.disclosures(AuditedTypes.parse(type), id, 1000);
        searched = true;
    }

    /** Checks the hash chains of the three logs. */
    public void verify() {
        verification = audit.verify();
    }

    public List<String> getTypes() { return TYPES; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public List<AuditEntry> getTrail() { return trail; }
    public List<UseLogView> getUseLog() { return useLog; }
    public boolean isSearched() { return searched; }
    public List<DisclosureView> getDisclosures() { return disclosures; }
    public AuditVerification getVerification() { return verification; }
}
