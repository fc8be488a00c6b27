package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.DisqualificationRegister;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintPermissions;
import fi.valvonta.model.platform.Disqualification;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Changes of a registered complaint: workflow actions, assignment, the special reason of an old matter
 * and masking of identity numbers. Each change is checked against the version the client read (412),
 * made by the aggregate's intent-named method, and written to the audit trail in the same transaction.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
public class ComplaintWorkflowService {

    @Inject
    ComplaintStore store;

    @Inject
    ComplaintDetails details;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ComplaintSettings settings;

    @Inject
    DisqualificationRegister disqualifications;

    @Resource
    SessionContext context;

    /**
     * Takes a workflow action. Refused with 403 when the caller's role may not take it, 412 when
     * {@code expectedVersion} is not the current version, 409 when the state does not allow it.
     */
    public ComplaintDetail act(long id, @NotNull ComplaintAction action, Long expectedVersion, @Valid ActionInput input) {
        Caller caller = Caller.of(context);
        if (!ComplaintPermissions.mayTake(caller.roles(), action)) {
            throw new ForbiddenException("complaint.action-forbidden",
                    "your role may not " + action.slug() + " a complaint (allowed: " + ComplaintPermissions.rolesFor(action) + ")");
        }
        Complaint c = store.getAtVersion(id, expectedVersion);
        String before = c.auditSummary();
        LocalDate today = LocalDate.now(clock);
        String detail = ComplaintActions.take(action, c, input, new ComplaintActions.Context(caller.name(),
                caller.is(Role.INSPECTOR), today, clock.instant(), settings.statementWorkingDays(), store::requireInspector,
                details.disqualificationsOf(c)));
        c.refreshOverdue(today);
        store.flushOrStale(c);
        String note = input == null || input.note() == null || input.note().isBlank() ? null : "note: " + input.note().strip();
        record(c, action.name(), before, detail, note);
        return details.of(c, caller);
    }

    /** Assigns the complaint to an inspector, or clears the assignment ({@code assignee} null). */
    public ComplaintDetail assign(long id, String assignee, Long expectedVersion) {
        Complaint c = store.getAtVersion(id, expectedVersion);
        String before = c.auditSummary();
        c.assignTo(assignee == null || assignee.isBlank() ? null : store.requireInspector(assignee.strip()),
                details.disqualificationsOf(c));
        store.flushOrStale(c);
        audit.recordChange(c, "ASSIGNED", before);
        return details.of(c, Caller.of(context));
    }

    /** HL 53 b § 3 mom: records the special reason to investigate a matter over two years old; the complaint screens itself again. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public ComplaintDetail recordSpecialReason(long id, String reason, Long expectedVersion) {
        Complaint c = store.getAtVersion(id, expectedVersion);
        String before = c.auditSummary();
        c.recordSpecialReason(reason, store.existing(c.entity(), c.complainant().duplicateKey(), c.id()));
        store.flushOrStale(c);
        record(c, "SPECIAL_REASON_RECORDED", before, "screening " + c.screening().findings().stream()
                .map(f -> f.code() + "/" + f.weight()).toList(), null);
        return details.of(c, Caller.of(context));
    }

    /** Tietosuojalaki 29 §: masks personal identity numbers in the description. */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public ComplaintDetail maskIdentityNumbers(long id, Long expectedVersion) {
        Complaint c = store.getAtVersion(id, expectedVersion);
        int masked = c.maskIdentityNumbers();
        if (masked > 0) {
            store.flushOrStale(c);
            audit.recordChange(c.auditedType(), c.auditedId(), "IDENTITY_NUMBERS_MASKED", null,
                    masked + " identity number(s) masked");
        }
        return details.of(c, Caller.of(context));
    }

    /**
     * HL 30 §: the caller declares themselves disqualified in the complaint's case (HL 28 § 1 mom
     * {@code ground}). From then on they neither present, decide nor are assigned it; an assignment of
     * theirs is cleared so the case is given to another inspector.
     */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public ComplaintDetail declareDisqualification(long id, DisqualificationGround ground, String explanation,
                                                   Long expectedVersion) {
        Caller caller = Caller.of(context);
        Complaint c = store.getAtVersion(id, expectedVersion);
        String before = c.auditSummary();
        Disqualification d = disqualifications.declare(c.caseNumber().toString(), caller.name(), ground, explanation);
        if (c.assignee().filter(a -> a.equalsIgnoreCase(caller.name())).isPresent() && !c.state().isTerminal()) {
            c.assignTo(null, Disqualifications.none());
            store.flushOrStale(c);
        }
        record(c, "DISQUALIFICATION_DECLARED", before, caller.name() + " disqualified (" + d.ground().legalBasis() + ")", null);
        return details.of(c, caller);
    }

    /** The statement requested (HL 34 § hearing) came on {@code receivedOn}. */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public ComplaintDetail recordStatement(long id, LocalDate receivedOn, Long expectedVersion) {
        Complaint c = store.getAtVersion(id, expectedVersion);
        String before = c.auditSummary();
        c.recordStatement(receivedOn, LocalDate.now(clock));
        store.flushOrStale(c);
        record(c, "STATEMENT_RECEIVED", before, "statement received " + receivedOn, null);
        return details.of(c, Caller.of(context));
    }

    /** The change in the trail: the complaint's summary after it, then what the action adds. */
    private void record(Complaint c, String action, String before, String detail, String note) {
        audit.recordChange(c.auditedType(), c.auditedId(), action, before, c.auditSummary()
                + (detail == null ? "" : "; " + detail) + (note == null ? "" : "; " + note));
    }

}
