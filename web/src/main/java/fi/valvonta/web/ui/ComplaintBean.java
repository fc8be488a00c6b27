package fi.valvonta.web.ui;

import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.audit.AuditEntry;
import fi.valvonta.ejb.complaint.ActionInput;
import fi.valvonta.ejb.complaint.AttachmentFile;
import fi.valvonta.ejb.complaint.AttachmentView;
import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.ejb.complaint.ComplaintService;
import fi.valvonta.ejb.complaint.InspectorRef;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.RemarkAddressee;
import fi.valvonta.model.complaint.ScreeningCode;
import fi.valvonta.model.shared.BusinessException;
import fi.valvonta.model.shared.ConflictException;
import fi.valvonta.model.shared.NotFoundException;
import fi.valvonta.model.shared.RuleViolationException;
import fi.valvonta.model.shared.StaleVersionException;
import fi.valvonta.model.user.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The case page of a complaint (?id=…): details, screening, decision, documents, timeline, and the
 * actions the current state and the user's role allow. Opening the page is use-logged.
 */
@Named
@ViewScoped
public class ComplaintBean implements Serializable {

    static final String FORM = "actions:";
    private static final Set<ComplaintAction> NEEDS_INPUT = EnumSet.of(ComplaintAction.REQUEST_STATEMENT,
            ComplaintAction.REQUEST_REPLY, ComplaintAction.PROPOSE, ComplaintAction.DECIDE, ComplaintAction.SERVE,
            ComplaintAction.NOT_INVESTIGATE, ComplaintAction.TRANSFER, ComplaintAction.REQUEST_SUPPLEMENT,
            ComplaintAction.WITHDRAW, ComplaintAction.RETURN_FOR_PREPARATION);

    @Inject
    transient java.time.Clock clock;

    @Inject
    transient ComplaintService complaints;

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

    /** f:viewAction: loads the case once per view (each load is a use-log entry). */
    public void load() {
        if (id == null) {
            Messages.error("complaint.notFound");
            return;
        }
        try {
            complaint = complaints.view(id, AuditChannel.UI);
            timeline = complaints.timeline(id);
            inspectors = complaints.inspectors();
            assignee = complaint.assignee();
        } catch (NotFoundException e) {
            complaint = null;
            Messages.error("complaint.notFound");
        } catch (EJBAccessException e) {
            complaint = null;
            Messages.error("error.forbidden");
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
            if (action == ComplaintAction.NOT_INVESTIGATE && complaint.proposedDisposal() != null
                    && complaint.proposedDisposal().action() == ComplaintAction.NOT_INVESTIGATE) {
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
        try {
            complaint = complaints.act(id, action, complaint.version(), new ActionInput(note, null, workingDays, null,
                    outcome, reason, addressee, text, dissent, servedOn, transferredTo));
            Messages.info("complaint.actionDone", Messages.text("complaint.action." + action.slug()),
                    Messages.text("complaint.state." + complaint.state()));
            pending = null;
            clearInputs();
            timeline = complaints.timeline(id);
        } catch (BusinessException e) {
            show(FORM, e);
            if (e instanceof StaleVersionException || e instanceof ConflictException) {
                pending = null;
                reload();
            }
        } catch (EJBAccessException e) {
            Messages.error("error.forbidden");
        }
    }

    public void assign() {
        try {
            complaint = complaints.assign(id, assignee, complaint.version());
            Messages.info("complaint.assigned");
            timeline = complaints.timeline(id);
        } catch (BusinessException e) {
            show(FORM, e);
            reload();
        } catch (EJBAccessException e) {
            Messages.error("error.forbidden");
        }
    }

    public void recordSpecialReason() {
        try {
            complaint = complaints.recordSpecialReason(id, specialReason, complaint.version());
            specialReason = null;
            timeline = complaints.timeline(id);
        } catch (BusinessException e) {
            show(FORM, e);
        } catch (EJBAccessException e) {
            Messages.error("error.forbidden");
        }
    }

    public void maskIdentityNumbers() {
        try {
            complaint = complaints.maskIdentityNumbers(id, complaint.version());
            Messages.info("complaint.masked");
            timeline = complaints.timeline(id);
        } catch (BusinessException e) {
            show(FORM, e);
            reload();
        } catch (EJBAccessException e) {
            Messages.error("error.forbidden");
        }
    }

    public void uploadDocument() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("complaint.document.choose");
            return;
        }
        try {
            complaints.addAttachment(id, upload.getFileName(), upload.getContentType(), upload.getContent());
            Messages.info("complaint.document.added", upload.getFileName());
            reload();
        } catch (BusinessException e) {
            show("documents:", e);
        } catch (EJBAccessException e) {
            Messages.error("error.forbidden");
        }
    }

    public StreamedContent download(AttachmentView a) {
        return DefaultStreamedContent.builder()
                .name(a.fileName())
                .contentType(a.contentType())
                .contentLength(a.size())
                .stream(() -> {
                    AttachmentFile f = complaints.attachment(id, a.id(), AuditChannel.UI);
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

    /**
     * Shows a refused operation: on its field where the rule names one, else at the top; the text comes
     * from the bundle ({@code error.<code>}), or the rule's own message where the bundle has none.
     */
    static void show(String form, BusinessException e) {
        String key = "error." + e.code();
        String text = Messages.text(key);
        String message = text.equals(key) ? e.getMessage() : text;
        if (e instanceof RuleViolationException r && r.field() != null) {
            Messages.fieldErrorText(form + fieldId(r.field()), message);
        }
        Messages.errorText(message);
    }

    /** The input id of a command field ("complainant.name" -> "name"). */
    private static String fieldId(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
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
                && (user.hasRole(Role.REGISTRAR_NAME) || user.hasRole(Role.INSPECTOR_NAME) || user.hasRole(Role.DECISION_MAKER_NAME));
    }

    public boolean isMayRecordSpecialReason() {
        return complaint != null && (user.hasRole(Role.INSPECTOR_NAME) || user.hasRole(Role.DECISION_MAKER_NAME))
                && EnumSet.of(ComplaintState.REGISTERED, ComplaintState.PRELIMINARY_ASSESSMENT,
                ComplaintState.SUPPLEMENT_REQUESTED).contains(complaint.state())
                && complaint.screening().stream().anyMatch(f -> f.code() == ScreeningCode.CONDUCT_OVER_TWO_YEARS);
    }

    public boolean isMayMask() {
        return complaint != null && (user.hasRole(Role.REGISTRAR_NAME) || user.hasRole(Role.INSPECTOR_NAME))
                && complaint.screening().stream().anyMatch(f -> f.code() == ScreeningCode.PERSONAL_IDENTITY_NUMBER);
    }

    public boolean isMayUpload() {
        return complaint != null && (user.hasRole(Role.REGISTRAR_NAME) || user.hasRole(Role.INSPECTOR_NAME));
    }

    public boolean pendingIs(String slug) {
        return pending != null && pending.slug().equals(slug);
    }

    public List<DecisionOutcome> getOutcomes() {
        return Arrays.asList(DecisionOutcome.values());
    }

    public List<NotInvestigatedReason> getNotInvestigatedReasons() {
        return Arrays.stream(NotInvestigatedReason.values()).filter(r -> r.action() == ComplaintAction.NOT_INVESTIGATE).toList();
    }

    public RemarkAddressee[] getAddressees() {
        return RemarkAddressee.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ComplaintDetail getComplaint() { return complaint; }
    public List<AuditEntry> getTimeline() { return timeline; }
    public List<AuditEntry> getTimelineNewestFirst() {
        List<AuditEntry> newest = timeline == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(timeline);
        java.util.Collections.reverse(newest);
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
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { upload = v; }
}
