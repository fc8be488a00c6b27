package fi.valvonta.web.ui.measure;

import fi.valvonta.ejb.complaint.ComplaintReference;
import fi.valvonta.ejb.complaint.ComplaintQueryService;
import fi.valvonta.ejb.inspection.FindingView;
import fi.valvonta.ejb.inspection.InspectionService;
import fi.valvonta.ejb.measure.DraftMeasure;
import fi.valvonta.ejb.measure.MeasureService;
import fi.valvonta.ejb.measure.MeasureView;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.RemarkAddressee;
import fi.valvonta.model.measure.ConditionalFineKind;
import fi.valvonta.model.measure.FinePeriod;
import fi.valvonta.model.measure.GuidanceKind;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureAddressee;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.SuspensionScope;
import fi.valvonta.model.platform.Dimension;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Drafting a measure: on a new case of an entity, or on an existing case (?case=…, e.g. the next step
 * the ladder proposed, with ?type=…), or correcting a decided measure (?corrects=…).
 */
@Named
@ViewScoped
public class MeasureDraftBean implements Serializable {

    @Inject
    transient MeasureService measures;

    @Inject
    transient RegistryService registry;

    @Inject
    transient ComplaintQueryService complaints;

    @Inject
    transient InspectionService inspections;

    private List<SupervisedEntityRef> entities;
    private Long caseId;
    private Long corrects;
    /** The complaint (?complaint=) or inspection finding (?finding=) the measure case is opened on. */
    private Long complaintId;
    private Long findingId;
    private String caseNumber;
    private Long entityId;
    @Size(max = MeasureCase.SUBJECT_LENGTH)
    private String subject;
    private MeasureOrigin origin = MeasureOrigin.OWN_INITIATIVE;
    @Size(max = MeasureCase.REFERENCE_LENGTH)
    private String originReference;
    private Dimension dimension;
    @NotNull
    private MeasureType type = MeasureType.ORDER;
    @Size(max = Measure.TEXT_LENGTH)
    private String facts;
    @Size(max = Measure.LEGAL_BASIS_LENGTH)
    private String legalBasis;
    @Size(max = Measure.TEXT_LENGTH)
    private String reasoning;
    @Size(max = Measure.TEXT_LENGTH)
    private String decision;
    private LocalDate deadline;
    private GuidanceKind guidanceKind;
    private MeasureAddressee addressee;
    @Size(max = Measure.NAME_LENGTH)
    private String officialName;
    private SuspensionScope suspensionScope;
    private BigDecimal conditionalFine;
    private ConditionalFineKind fineKind = ConditionalFineKind.FIXED;
    private BigDecimal fineInstalment;
    private FinePeriod finePeriod;
    private boolean notwithstandingAppeal;
    @Size(max = Measure.REASON_LENGTH)
    private String notwithstandingAppealReason;

    @PostConstruct
    void init() {
        entities = registry.supervisedEntities();
    }

    /** View action: prefill from the case (and the measure corrected) named in the URL. */
    public void load() {
        if (corrects != null) {
            measures.find(corrects).ifPresent(m -> {
                caseId = m.caseId();
                type = m.type();
                facts = m.facts();
                legalBasis = m.legalBasis();
                reasoning = m.reasoning();
                decision = m.decision();
                deadline = m.deadline();
                guidanceKind = m.guidanceKind();
                addressee = m.addressee();
                officialName = m.officialName();
                suspensionScope = m.suspensionScope();
                conditionalFine = m.conditionalFine();
                fineKind = m.fineKind() == null ? ConditionalFineKind.FIXED : m.fineKind();
                fineInstalment = m.fineInstalment();
                finePeriod = m.finePeriod();
                notwithstandingAppeal = m.notwithstandingAppeal();
                notwithstandingAppealReason = m.notwithstandingAppealReason();
            });
        }
        if (caseId == null && complaintId != null) {
            ComplaintReference ref = complaints.reference(complaintId);
            entityId = ref.entityId();
            origin = MeasureOrigin.COMPLAINT;
            originReference = ref.caseNumber();
            if (ref.outcome() == DecisionOutcome.REMARK) {
                // HL 53 c §: the remark of the complaint decision, to the entity or to the official
                type = MeasureType.REMARK;
                addressee = ref.remarkAddressee() == RemarkAddressee.OFFICIAL ? MeasureAddressee.OFFICIAL : MeasureAddressee.ENTITY;
            }
        }
        if (caseId == null && findingId != null) {
            FindingView finding = inspections.finding(findingId);
            entityId = finding.entityId();
            origin = MeasureOrigin.INSPECTION_FINDING;
            originReference = finding.itemCode() + " (" + finding.legalBasis() + ")";
            dimension = finding.dimension();
        }
        if (caseId != null) {
            measures.ofCase(caseId).stream().findFirst().ifPresent(m -> {
                caseNumber = m.caseNumber();
                entityId = m.entityId();
                subject = m.subject();
            });
        }
    }

    /** ?type= of the URL: optional, unlike the form's type (a view parameter is validated like an input). */
    public MeasureType getTypeParam() { return type; }
    public void setTypeParam(MeasureType typeParam) {
        if (typeParam != null) {
            this.type = typeParam;
        }
    }

    public Long getComplaintId() { return complaintId; }
    public void setComplaintId(Long complaintId) { this.complaintId = complaintId; }
    public Long getFindingId() { return findingId; }
    public void setFindingId(Long findingId) { this.findingId = findingId; }

    /** Drafts the measure and goes to it; a refusal stays on the form, on the field the rule names. */
    public void save() {
        MeasureView created = measures.draft(new DraftMeasure(caseId, caseId == null ? entityId : null, subject,
                origin, complaintId, findingId, originReference, dimension, type, facts, legalBasis, reasoning, decision,
                deadline, guidanceKind, addressee, officialName, suspensionScope, conditionalFine, fineKind,
                fineInstalment, finePeriod, notwithstandingAppeal, notwithstandingAppealReason, corrects));
        Messages.addFlashGlobalInfo("measure.drafted", created.caseNumber());
        Faces.redirect("measures/measure.xhtml?id=%s", created.id());
    }

    public MeasureType[] getTypes() { return MeasureType.values(); }
    public MeasureOrigin[] getOrigins() { return MeasureOrigin.values(); }
    public GuidanceKind[] getGuidanceKinds() { return GuidanceKind.values(); }
    public MeasureAddressee[] getAddressees() { return MeasureAddressee.values(); }
    public SuspensionScope[] getScopes() { return SuspensionScope.values(); }
    public Dimension[] getDimensions() { return Dimension.values(); }
    public List<SupervisedEntityRef> getEntities() { return entities; }
    public boolean isNewCase() { return caseId == null; }

    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public Long getCorrects() { return corrects; }
    public void setCorrects(Long corrects) { this.corrects = corrects; }
    public String getCaseNumber() { return caseNumber; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long entityId) { this.entityId = entityId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public MeasureOrigin getOrigin() { return origin; }
    public void setOrigin(MeasureOrigin origin) { this.origin = origin; }
    public String getOriginReference() { return originReference; }
    public void setOriginReference(String originReference) { this.originReference = originReference; }
    public Dimension getDimension() { return dimension; }
    public void setDimension(Dimension dimension) { this.dimension = dimension; }
    public MeasureType getType() { return type; }
    public void setType(MeasureType type) { this.type = type; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getReasoning() { return reasoning; }
    public void setReasoning(String reasoning) { this.reasoning = reasoning; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public GuidanceKind getGuidanceKind() { return guidanceKind; }
    public void setGuidanceKind(GuidanceKind guidanceKind) { this.guidanceKind = guidanceKind; }
    public MeasureAddressee getAddressee() { return addressee; }
    public void setAddressee(MeasureAddressee addressee) { this.addressee = addressee; }
    public String getOfficialName() { return officialName; }
    public void setOfficialName(String officialName) { this.officialName = officialName; }
    public SuspensionScope getSuspensionScope() { return suspensionScope; }
    public void setSuspensionScope(SuspensionScope suspensionScope) { this.suspensionScope = suspensionScope; }
    public ConditionalFineKind[] getFineKinds() { return ConditionalFineKind.values(); }
    public FinePeriod[] getFinePeriods() { return FinePeriod.values(); }
    public ConditionalFineKind getFineKind() { return fineKind; }
    public void setFineKind(ConditionalFineKind fineKind) { this.fineKind = fineKind; }
    public BigDecimal getFineInstalment() { return fineInstalment; }
    public void setFineInstalment(BigDecimal fineInstalment) { this.fineInstalment = fineInstalment; }
    public FinePeriod getFinePeriod() { return finePeriod; }
    public void setFinePeriod(FinePeriod finePeriod) { this.finePeriod = finePeriod; }
    public boolean isNotwithstandingAppeal() { return notwithstandingAppeal; }
    public void setNotwithstandingAppeal(boolean notwithstandingAppeal) { this.notwithstandingAppeal = notwithstandingAppeal; }
    public String getNotwithstandingAppealReason() { return notwithstandingAppealReason; }
    public void setNotwithstandingAppealReason(String reason) { this.notwithstandingAppealReason = reason; }
    public BigDecimal getConditionalFine() { return conditionalFine; }
    public void setConditionalFine(BigDecimal conditionalFine) { this.conditionalFine = conditionalFine; }
}
