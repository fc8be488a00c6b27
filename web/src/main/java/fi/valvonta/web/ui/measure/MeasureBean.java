package fi.valvonta.web.ui.measure;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.measure.Commands;
import fi.valvonta.ejb.measure.DecisionDocuments;
import fi.valvonta.ejb.measure.DeliveryView;
import fi.valvonta.ejb.measure.ElectronicService;
import fi.valvonta.ejb.measure.FollowUpView;
import fi.valvonta.ejb.measure.MeasureService;
import fi.valvonta.ejb.measure.MeasureView;
import fi.valvonta.ejb.measure.NextStep;
import fi.valvonta.model.measure.CourtOutcome;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.ServiceMethod;
import fi.valvonta.model.platform.Language;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One measure (?id=…): its content and the actions the caller is offered on it
 * ({@link MeasureView#allowedActions()}): hearing, presentation, decision, service (also electronic, through
 * Suomi.fi Messages, with its deliveries shown), follow-up, appeal.
 * Each action is one service call; a refusal is shown by the UI's one error path
 * ({@code BusinessExceptionHandler}) on the input named by the rule.
 */
@Named
@ViewScoped
public class MeasureBean implements Serializable {

    @Inject
    transient MeasureService measures;

    @Inject
    transient DecisionDocuments documents;

    @Inject
    transient ElectronicService electronic;

    private Long id;
    private MeasureView measure;
    private NextStep nextStep;
    private FollowUpView followUp;
    private List<Language> languages = List.of();
    private List<DeliveryView> deliveries = List.of();

    private LocalDate hearingRequestedOn;
    private LocalDate hearingDeadline;
    private LocalDate hearingRespondedOn;
    private LocalDate decidedOn;
    @Size(max = Measure.TEXT_LENGTH)
    private String amendedDecision;
    @Size(max = Measure.TEXT_LENGTH)
    private String dissent;
    private ServiceMethod serviceMethod = ServiceMethod.VERIFIED_LETTER;
    private LocalDate receivedOn;
    private LocalDate courtServedOn;
    private LocalDate furtherAppealLodgedOn;
    private Boolean leaveGranted;
    private CourtOutcome supremeCourtOutcome;
    private LocalDate supremeCourtDecidedOn;
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
            Messages.addGlobalError("measure.notFound");
            return;
        }
        measure = measures.get(id, AuditChannel.UI);
        nextStep = measures.nextStep(measure.caseId());
        followUp = measures.followUpOfMeasure(id).orElse(null);
        languages = documents.languagesFor(id);
        deliveries = electronic.deliveries(id);
    }

    public void requestHearing() {
        done(measures.requestHearing(id, new Commands.RequestHearing(hearingRequestedOn, hearingDeadline)),
                "measure.hearingRequested");
    }

    public void recordHearingResponse() {
        done(measures.recordHearingResponse(id, new Commands.RecordHearingResponse(hearingRespondedOn)),
                "measure.hearingResponded");
    }

    public void propose() {
        done(measures.propose(id), "measure.proposed");
    }

    public void decide() {
        done(measures.decide(id, new Commands.Decide(decidedOn, amendedDecision, dissent)), "measure.decided");
    }

    public void serve() {
        done(measures.serve(id, new Commands.Serve(serviceMethod, serviceDate)), "measure.served");
    }

    /** Laki 13/2003 18 §: the decision to the addressee's Suomi.fi mailbox, or by letter where it has none. */
    public void sendElectronically() {
        done(electronic.send(id, AuditChannel.UI), "measure.sentElectronically");
    }

    public void recordCompliance() {
        done(measures.recordCompliance(id, new Commands.RecordCompliance(complied, evidence)),
                "measure.complianceRecorded");
    }

    public void recordAppeal() {
        done(measures.recordAppeal(id, new Commands.RecordAppeal(appealLodgedOn)), "measure.appealRecorded");
    }

    public void recordCourtOutcome() {
        done(measures.recordCourtOutcome(id, new Commands.RecordCourtOutcome(courtOutcome, courtDecidedOn, courtServedOn)),
                "measure.courtOutcomeRecorded");
    }

    public void rebutServiceDate() {
        done(measures.rebutServiceDate(id, new Commands.RebutServiceDate(receivedOn)), "measure.serviceDateRebutted");
    }

    public void recordFurtherAppeal() {
        done(measures.recordFurtherAppeal(id, new Commands.RecordFurtherAppeal(furtherAppealLodgedOn)),
                "measure.furtherAppealRecorded");
    }

    public void recordSupremeCourtDecision() {
        done(measures.recordSupremeCourtDecision(id, new Commands.RecordSupremeCourtDecision(leaveGranted,
                supremeCourtOutcome, supremeCourtDecidedOn)), "measure.supremeCourtRecorded");
    }

    /** The measure as the action left it; the ladder and the follow-up may have moved with it. */
    private void done(MeasureView updated, String doneKey) {
        measure = updated;
        nextStep = measures.nextStep(updated.caseId());
        followUp = measures.followUpOfMeasure(id).orElse(null);
        deliveries = electronic.deliveries(id);
        Messages.addGlobalInfo(doneKey);
    }

    /** The decision document as PDF in the given language (fi or sv). */
    public StreamedContent document(String lang) {
        Language language = Language.ofCode(lang);
        byte[] pdf = documents.pdf(id, language, AuditChannel.UI, null, null);
        return DefaultStreamedContent.builder().name("paatos-" + id + "-" + language.code() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /** Whether the caller is offered {@code action} (a {@link fi.valvonta.model.measure.MeasureAction} name). */
    public boolean offers(String action) {
        return measure != null && measure.offers(action);
    }

    /** The ladder's proposal is shown once the measure is decided: it is the next step after it. */
    public boolean isNextStepShown() {
        return measure != null && nextStep != null && nextStep.proposal() != null && measure.state().isDecided();
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
    public List<DeliveryView> getDeliveries() { return deliveries; }
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
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate d) { this.receivedOn = d; }
    public LocalDate getCourtServedOn() { return courtServedOn; }
    public void setCourtServedOn(LocalDate d) { this.courtServedOn = d; }
    public LocalDate getFurtherAppealLodgedOn() { return furtherAppealLodgedOn; }
    public void setFurtherAppealLodgedOn(LocalDate d) { this.furtherAppealLodgedOn = d; }
    public Boolean getLeaveGranted() { return leaveGranted; }
    public void setLeaveGranted(Boolean b) { this.leaveGranted = b; }
    public CourtOutcome getSupremeCourtOutcome() { return supremeCourtOutcome; }
    public void setSupremeCourtOutcome(CourtOutcome o) { this.supremeCourtOutcome = o; }
    public LocalDate getSupremeCourtDecidedOn() { return supremeCourtDecidedOn; }
    public void setSupremeCourtDecidedOn(LocalDate d) { this.supremeCourtDecidedOn = d; }
    public LocalDate getCourtDecidedOn() { return courtDecidedOn; }
    public void setCourtDecidedOn(LocalDate d) { this.courtDecidedOn = d; }
}
