package fi.valvonta.web.ui.measure;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.measure.Commands;
import fi.valvonta.ejb.measure.DecisionDocuments;
import fi.valvonta.ejb.measure.FollowUpView;
import fi.valvonta.ejb.measure.MeasureService;
import fi.valvonta.ejb.measure.MeasureView;
import fi.valvonta.ejb.measure.NextStep;
import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.ServiceMethod;
import fi.valvonta.model.shared.BusinessException;
import fi.valvonta.model.shared.Language;
import fi.valvonta.web.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** One measure (?id=…): its content and, by state and role, hearing, presentation, decision, service, follow-up, appeal. */
@Named
@ViewScoped
public class MeasureBean implements Serializable {

    @Inject
    transient MeasureService measures;

    @Inject
    transient DecisionDocuments documents;

    private Long id;
    private MeasureView measure;
    private NextStep nextStep;
    private FollowUpView followUp;
    private List<Language> languages = List.of();

    private LocalDate hearingRequestedOn;
    private LocalDate hearingDeadline;
    private LocalDate hearingRespondedOn;
    private LocalDate decidedOn;
    @Size(max = Measure.TEXT_LENGTH)
    private String amendedDecision;
    @Size(max = Measure.TEXT_LENGTH)
    private String dissent;
    private ServiceMethod serviceMethod = ServiceMethod.ELECTRONIC;
    private LocalDate serviceDate;
    private Boolean complied;
    @Size(max = Measure.TEXT_LENGTH)
    private String evidence;
    private LocalDate appealLodgedOn;
    private CourtOutcome courtOutcome;
    private LocalDate courtDecidedOn;

    public void load() {
        measure = id == null ? null : measures.find(id).orElse(null);
        if (measure == null) {
            Messages.error("measure.notFound");
            return;
        }
        measure = measures.get(id, AuditChannel.UI);
        nextStep = measures.nextStep(measure.caseId());
        followUp = measures.followUpOfMeasure(id).orElse(null);
        languages = documents.languagesFor(id);
    }

    public void requestHearing() {
        run("actionForm", "measure.hearingRequested",
                () -> measures.requestHearing(id, new Commands.RequestHearing(hearingRequestedOn, hearingDeadline)));
    }

    public void recordHearingResponse() {
        run("actionForm", "measure.hearingResponded",
                () -> measures.recordHearingResponse(id, new Commands.RecordHearingResponse(hearingRespondedOn)));
    }

    public void propose() {
        run("actionForm", "measure.proposed", () -> measures.propose(id));
    }

    public void decide() {
        run("actionForm", "measure.decided",
                () -> measures.decide(id, new Commands.Decide(decidedOn, amendedDecision, dissent)));
    }

    public void serve() {
        run("actionForm", "measure.served", () -> measures.serve(id, new Commands.Serve(serviceMethod, serviceDate)));
    }

    public void recordCompliance() {
        run("actionForm", "measure.complianceRecorded",
                () -> measures.recordCompliance(id, new Commands.RecordCompliance(complied, evidence)));
    }

    public void recordAppeal() {
        run("actionForm", "measure.appealRecorded", () -> measures.recordAppeal(id, new Commands.RecordAppeal(appealLodgedOn)));
    }

    public void recordCourtOutcome() {
        run("actionForm", "measure.courtOutcomeRecorded",
                () -> measures.recordCourtOutcome(id, new Commands.RecordCourtOutcome(courtOutcome, courtDecidedOn)));
    }

    private void run(String form, String doneKey, Supplier<MeasureView> action) {
        try {
            action.get();
            Messages.info(doneKey);
            load();
        } catch (BusinessException e) {
            MeasureErrors.show(form, e);
        } catch (jakarta.ejb.EJBException e) {
            if (!(e.getCause() instanceof jakarta.validation.ConstraintViolationException)) {
                throw e;
            }
            Messages.error("validation.required"); // a field the form should have required
        }
    }

    /** The decision document as PDF in the given language (fi or sv). */
    public StreamedContent document(String lang) {
        Language language = Language.ofCode(lang);
        byte[] pdf = documents.pdf(id, language, AuditChannel.UI);
        return DefaultStreamedContent.builder().name("paatos-" + id + "-" + language.code() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public boolean is(String state) {
        return measure != null && measure.state().name().equals(state);
    }

    public boolean isRequiresHearing() {
        return measure != null && measure.type().requiresHearing();
    }

    public ServiceMethod[] getServiceMethods() { return ServiceMethod.values(); }
    public CourtOutcome[] getCourtOutcomes() { return CourtOutcome.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeasureView getMeasure() { return measure; }
    public NextStep getNextStep() { return nextStep; }
    public FollowUpView getFollowUp() { return followUp; }
    public List<String> getLanguages() { return languages.stream().map(Language::code).toList(); }
    public LocalDate getHearingRequestedOn() { return hearingRequestedOn; }
    public void setHearingRequestedOn(LocalDate d) { this.hearingRequestedOn = d; }
    public LocalDate getHearingDeadline() { return hearingDeadline; }
    public void setHearingDeadline(LocalDate d) { this.hearingDeadline = d; }
    public LocalDate getHearingRespondedOn() { return hearingRespondedOn; }
    public void setHearingRespondedOn(LocalDate d) { this.hearingRespondedOn = d; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate d) { this.decidedOn = d; }
    public String getAmendedDecision() { return amendedDecision; }
    public void setAmendedDecision(String s) { this.amendedDecision = s; }
    public String getDissent() { return dissent; }
    public void setDissent(String s) { this.dissent = s; }
    public ServiceMethod getServiceMethod() { return serviceMethod; }
    public void setServiceMethod(ServiceMethod m) { this.serviceMethod = m; }
    public LocalDate getServiceDate() { return serviceDate; }
    public void setServiceDate(LocalDate d) { this.serviceDate = d; }
    public Boolean getComplied() { return complied; }
    public void setComplied(Boolean b) { this.complied = b; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String s) { this.evidence = s; }
    public LocalDate getAppealLodgedOn() { return appealLodgedOn; }
    public void setAppealLodgedOn(LocalDate d) { this.appealLodgedOn = d; }
    public CourtOutcome getCourtOutcome() { return courtOutcome; }
    public void setCourtOutcome(CourtOutcome o) { this.courtOutcome = o; }
    public LocalDate getCourtDecidedOn() { return courtDecidedOn; }
    public void setCourtDecidedOn(LocalDate d) { this.courtDecidedOn = d; }
}
