package fi.valvonta.web.ui.complaint;

import fi.valvonta.web.ui.security.UserBean;

import fi.valvonta.ejb.audit.AuditEntry;
import fi.valvonta.ejb.complaint.ActionInput;
import fi.valvonta.ejb.complaint.AttachmentFile;
import fi.valvonta.ejb.complaint.AttachmentView;
import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.ejb.complaint.ComplaintDocumentService;
import fi.valvonta.ejb.complaint.ComplaintNotices;
import fi.valvonta.ejb.complaint.ComplaintQueryService;
import fi.valvonta.ejb.complaint.ComplaintWorkflowService;
import fi.valvonta.ejb.complaint.InspectorRef;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintPermissions;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.RemarkAddressee;
import fi.valvonta.model.complaint.ScreeningCode;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.StaleVersionException;
import fi.valvonta.model.security.Role;
import fi.valvonta.web.ui.platform.BusinessExceptionHandler;
import fi.valvonta.web.ui.platform.UiMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case page of a complaint (?id=…): details, screening, decision, documents, timeline, and the
 * actions the current state and the user's role allow. Opening the page is use-logged. A refused
 * change is shown by the UI's one error path ({@link BusinessExceptionHandler}); when it says the page
 * was out of date (a stale version, an action the state no longer allows), the case is read again
 * before the page renders.
 */
@Named
@ViewScoped
public class ComplaintBean implements Serializable {

    private static final Set<ComplaintAction> NEEDS_INPUT = EnumSet.of(ComplaintAction.REQUEST_STATEMENT,
            ComplaintAction.REQUEST_REPLY, ComplaintAction.PROPOSE, ComplaintAction.DECIDE, ComplaintAction.SERVE,
            ComplaintAction.NOT_INVESTIGATE, ComplaintAction.TRANSFER, ComplaintAction.REQUEST_SUPPLEMENT,
            ComplaintAction.WITHDRAW, ComplaintAction.RETURN_FOR_PREPARATION, ComplaintAction.PROPOSE_NOT_INVESTIGATED,
            ComplaintAction.RETURN_TO_ASSESSMENT);

    @Inject
    transient java.time.Clock clock;

    @Inject
    transient ComplaintQueryService complaints;

    @Inject
    transient ComplaintWorkflowService workflow;

    @Inject
    transient ComplaintDocumentService documents;

    @Inject
    transient ComplaintNotices notices;

    @Inject
    UserBean user;

    private Long id;
    private ComplaintDetail complaint;
    private List<AuditEntry> timeline;
    private List<InspectorRef> inspectors;

    // the action being prepared, and its inputs
    private ComplaintAction pending;
    private String note;
    private Integer workingDays;
    private DecisionOutcome outcome;
    private NotInvestigatedReason reason;
    private RemarkAddressee addressee;
    private String text;
    private String dissent;
    private LocalDate servedOn;
    private String transferredTo;
    private String assignee;
    private String specialReason;
    private transient UploadedFile upload;
    // declaring one's own disqualification, recording a statement
    private DisqualificationGround ground;
    private String disqualificationExplanation;
    private LocalDate statementReceivedOn;

    /** f:viewAction: loads the case once per view (each load is a use-log entry). */
    public void load() {
        Optional<ComplaintDetail> found = id == null ? Optional.empty() : complaints.findView(id, AuditChannel.UI);
        complaint = found.orElse(null);
        if (complaint == null) {
            Messages.addGlobalError("complaint.notFound");
            return;
        }
        timeline = complaints.timeline(id);
        inspectors = complaints.inspectors();
        assignee = complaint.assignee();
        statementReceivedOn = LocalDate.now(clock);
    }

    /**
     * preRenderView: after a refusal saying the page was out of date (412 stale version, 409 an action
     * the state no longer allows), shows the case as it now is; the message says it was reloaded.
     */
    public void reloadIfOutOfDate() {
        Optional<Throwable> refusal = BusinessExceptionHandler.refusalOf(FacesContext.getCurrentInstance());
        if (complaint != null && refusal.filter(e -> e instanceof StaleVersionException || e instanceof ConflictException).isPresent()) {
            pending = null;
            reload();
        }
    }

    private void reload() {
        complaint = complaints.view(id, AuditChannel.UI);
        timeline = complaints.timeline(id);
        assignee = complaint.assignee();
    }

    /** Starts an action: those without inputs run at once, the others open their form. */
    public void start(String slug) {
        ComplaintAction action = ComplaintAction.fromSlug(slug).orElseThrow();
        clearInputs();
        if (NEEDS_INPUT.contains(action)) {
            pending = action;
            if (action == ComplaintAction.PROPOSE_NOT_INVESTIGATED && complaint.proposedDisposal() != null
                    && complaint.proposedDisposal().action() == ComplaintAction.PROPOSE_NOT_INVESTIGATED) {
                reason = complaint.proposedDisposal();
            }
            if (action == ComplaintAction.SERVE) {
                servedOn = LocalDate.now(clock);
            }
        } else {
            run(action);
        }
    }

    public void confirm() {
        if (pending != null) {
            run(pending);
        }
    }

    public void cancel() {
        pending = null;
        clearInputs();
    }

    private void run(ComplaintAction action) {
        complaint = workflow.act(id, action, complaint.version(), new ActionInput(note, null, workingDays, null,
                outcome, reason, addressee, text, dissent, servedOn, transferredTo, null));
        Messages.addGlobalInfo("complaint.actionDone", UiMessages.text("complaint.action." + action.slug()),
                UiMessages.text("complaint.state." + complaint.state()));
        pending = null;
        clearInputs();
        timeline = complaints.timeline(id);
    }

    public void assign() {
        complaint = workflow.assign(id, assignee, complaint.version());
        Messages.addGlobalInfo("complaint.assigned");
        timeline = complaints.timeline(id);
    }

    public void recordSpecialReason() {
        complaint = workflow.recordSpecialReason(id, specialReason, complaint.version());
        specialReason = null;
        timeline = complaints.timeline(id);
    }

    public void maskIdentityNumbers() {
        complaint = workflow.maskIdentityNumbers(id, complaint.version());
        Messages.addGlobalInfo("complaint.masked");
        timeline = complaints.timeline(id);
    }

    /** HL 30 §: the user declares themselves disqualified in this case. */
    public void declareDisqualification() {
        complaint = workflow.declareDisqualification(id, ground, disqualificationExplanation, complaint.version());
        Messages.addGlobalInfo("complaint.disqualification.declared");
        ground = null;
        disqualificationExplanation = null;
        timeline = complaints.timeline(id);
        assignee = complaint.assignee();
    }

    /** The statement requested came: those asked are heard (HL 34 §). */
    public void recordStatement() {
        complaint = workflow.recordStatement(id, statementReceivedOn, complaint.version());
        Messages.addGlobalInfo("complaint.statement.recorded");
        timeline = complaints.timeline(id);
    }

    /** The letter to the complainant as a PDF (HL 21 §, HL 53 b § 1 mom). */
    public StreamedContent getNoticePdf() {
        return DefaultStreamedContent.builder()
                .name(complaint.caseNumber().replace('/', '-') + "-" + complaint.notice() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(notices.pdf(id, AuditChannel.UI)))
                .build();
    }

    public void uploadDocument() {
        if (upload == null || upload.getSize() == 0) {
            Messages.addGlobalError("complaint.document.choose");
            return;
        }
        documents.addAttachment(id, upload.getFileName(), upload.getContent());
        Messages.addGlobalInfo("complaint.document.added", upload.getFileName());
        reload();
    }

    public StreamedContent download(AttachmentView a) {
        return DefaultStreamedContent.builder()
                .name(a.fileName())
                .contentType(a.contentType())
                .contentLength(a.size())
                .stream(() -> {
                    AttachmentFile f = documents.attachment(id, a.id(), AuditChannel.UI, null, null);
                    return new ByteArrayInputStream(f.content());
                })
                .build();
    }

    private void clearInputs() {
        note = null;
        workingDays = null;
        outcome = null;
        reason = null;
        addressee = null;
        text = null;
        dissent = null;
        servedOn = null;
        transferredTo = null;
    }

    /** The user's roles, for {@link ComplaintPermissions}. */
    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> user.hasRole(r.name())).forEach(roles::add);
        return roles;
    }

    private boolean screened(ScreeningCode code) {
        return complaint.screening().stream().anyMatch(f -> f.code() == code);
    }

    // ---- what the page shows ----------------------------------------------------------------------

    public List<ComplaintAction> getActions() {
        if (complaint == null) {
            return List.of();
        }
        return complaint.allowedActions().stream().map(s -> ComplaintAction.fromSlug(s).orElseThrow()).toList();
    }

    public boolean isMayAssign() {
        return complaint != null && !complaint.state().isTerminal()
                && ComplaintPermissions.mayAny(roles(), ComplaintPermissions.ASSIGN);
    }

    public boolean isMayRecordSpecialReason() {
        return complaint != null && complaint.state().isIntake()
                && ComplaintPermissions.mayAny(roles(), ComplaintPermissions.RECORD_SPECIAL_REASON)
                && screened(ScreeningCode.CONDUCT_OVER_TWO_YEARS);
    }

    public boolean isMayMask() {
        return complaint != null && ComplaintPermissions.mayAny(roles(), ComplaintPermissions.MASK_IDENTITY_NUMBERS)
                && screened(ScreeningCode.PERSONAL_IDENTITY_NUMBER);
    }

    public boolean isMayDeclareDisqualification() {
        return complaint != null && !complaint.callerDisqualified() && !complaint.state().isTerminal()
                && ComplaintPermissions.mayAny(roles(), ComplaintPermissions.DECLARE_DISQUALIFICATION);
    }

    public boolean isMayRecordStatement() {
        return complaint != null && !complaint.state().isTerminal()
                && complaint.hearings().stream().anyMatch(h -> h.answeredOn() == null)
                && ComplaintPermissions.mayAny(roles(), ComplaintPermissions.RECORD_STATEMENT);
    }

    public DisqualificationGround[] getGrounds() {
        return DisqualificationGround.values();
    }

    public boolean isMayUpload() {
        return complaint != null && !complaint.state().isTerminal()
                && ComplaintPermissions.mayAny(roles(), ComplaintPermissions.ADD_DOCUMENTS);
    }

    public boolean pendingIs(String slug) {
        return pending != null && pending.slug().equals(slug);
    }

    public List<DecisionOutcome> getOutcomes() {
        return Arrays.asList(DecisionOutcome.values());
    }

    public List<NotInvestigatedReason> getNotInvestigatedReasons() {
        return Arrays.stream(NotInvestigatedReason.values()).filter(r -> r.action() == ComplaintAction.PROPOSE_NOT_INVESTIGATED).toList();
    }

    public RemarkAddressee[] getAddressees() {
        return RemarkAddressee.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ComplaintDetail getComplaint() { return complaint; }
    public List<AuditEntry> getTimeline() { return timeline; }
    public List<AuditEntry> getTimelineNewestFirst() {
        List<AuditEntry> newest = timeline == null ? new ArrayList<>() : new ArrayList<>(timeline);
        Collections.reverse(newest);
        return newest;
    }
    public List<InspectorRef> getInspectors() { return inspectors; }
    public ComplaintAction getPending() { return pending; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer v) { workingDays = v; }
    public DecisionOutcome getOutcome() { return outcome; }
    public void setOutcome(DecisionOutcome v) { outcome = v; }
    public NotInvestigatedReason getReason() { return reason; }
    public void setReason(NotInvestigatedReason v) { reason = v; }
    public RemarkAddressee getAddressee() { return addressee; }
    public void setAddressee(RemarkAddressee v) { addressee = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getDissent() { return dissent; }
    public void setDissent(String v) { dissent = v; }
    public LocalDate getServedOn() { return servedOn; }
    public void setServedOn(LocalDate v) { servedOn = v; }
    public String getTransferredTo() { return transferredTo; }
    public void setTransferredTo(String v) { transferredTo = v; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { assignee = v; }
    public String getSpecialReason() { return specialReason; }
    public void setSpecialReason(String v) { specialReason = v; }
    public DisqualificationGround getGround() { return ground; }
    public void setGround(DisqualificationGround v) { ground = v; }
    public String getDisqualificationExplanation() { return disqualificationExplanation; }
    public void setDisqualificationExplanation(String v) { disqualificationExplanation = v; }
    public LocalDate getStatementReceivedOn() { return statementReceivedOn; }
    public void setStatementReceivedOn(LocalDate v) { statementReceivedOn = v; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { upload = v; }
}
