package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.Deadlines;
import fi.valvonta.model.complaint.NoAppeal;
import fi.valvonta.model.platform.Disqualifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Workflow actions as calls of the complaint's intent-named methods: each step reads its own fields of
 * the {@link ActionInput} and calls the aggregate, which holds the rules. A step returns what the audit
 * trail adds to the complaint's summary (null: nothing). Pure, tested without a server.
 */
final class ComplaintActions {

    /**
     * What a step needs beyond its input: who acts (and whether as an inspector), the day and instant,
     * the default time for a statement, the check that a user name is an active inspector, and the
     * disqualifications declared in the case.
     */
    record Context(String caller, boolean callerIsInspector, LocalDate today, Instant now, int statementWorkingDays,
                   UnaryOperator<String> activeInspector, Disqualifications disqualifications) {
    }

    @FunctionalInterface
    interface Step {
        String take(Complaint c, ActionInput in, Context ctx);
    }

    private static final Map<ComplaintAction, Step> STEPS = new EnumMap<>(ComplaintAction.class);

    static {
        STEPS.put(ComplaintAction.START_ASSESSMENT, ComplaintActions::startAssessment);
        STEPS.put(ComplaintAction.REQUEST_SUPPLEMENT, (c, in, x) -> {
            c.requestSupplement(x.now());
            return null;
        });
        STEPS.put(ComplaintAction.RECEIVE_SUPPLEMENT, (c, in, x) -> {
            c.receiveSupplement(x.now());
            return null;
        });
        STEPS.put(ComplaintAction.REQUEST_STATEMENT, (c, in, x) -> {
            c.requestStatement(responseDeadline(in, x), in.heard(), x.now());
            return "statement due " + c.responseDeadline().orElseThrow() + " from "
                    + c.hearings().stream().filter(h -> h.isOpen()).map(h -> h.heard().name()).distinct().toList();
        });
        STEPS.put(ComplaintAction.REQUEST_REPLY, (c, in, x) -> {
            c.requestReply(responseDeadline(in, x), x.today(), x.now());
            return "reply due " + c.responseDeadline().orElseThrow();
        });
        STEPS.put(ComplaintAction.START_PREPARATION, (c, in, x) -> {
            c.startPreparation(x.now());
            return null;
        });
        STEPS.put(ComplaintAction.PROPOSE, (c, in, x) -> {
            c.propose(in.outcome(), in.notInvestigatedReason(), in.remarkAddressee(), in.text(), x.caller(),
                    x.disqualifications(), x.today(), x.now());
            return "proposed " + c.outcome().orElseThrow() + c.remarkAddressee().map(a -> " to " + a).orElse("")
                    + c.notInvestigatedReason().map(r -> " (" + r + ")").orElse("");
        });
        STEPS.put(ComplaintAction.RETURN_FOR_PREPARATION, (c, in, x) -> {
            c.returnForPreparation(x.now());
            return null;
        });
        STEPS.put(ComplaintAction.DECIDE, (c, in, x) -> {
            c.decide(x.caller(), in.dissent(), NoAppeal.statement(c.proceedingsLanguage()), x.disqualifications(),
                    x.today(), x.now());
            return "decided " + c.outcome().orElseThrow() + " as presented by " + c.presenter().orElse("?")
                    + (c.dissent().isPresent() ? ", dissent recorded" : "") + "; presenter and decider not disqualified";
        });
        STEPS.put(ComplaintAction.SERVE, ComplaintActions::serve);
        STEPS.put(ComplaintAction.CLOSE, (c, in, x) -> {
            c.close(x.now());
            return null;
        });
        STEPS.put(ComplaintAction.PROPOSE_NOT_INVESTIGATED, (c, in, x) -> {
            c.proposeNotInvestigated(in.notInvestigatedReason(), in.text(), x.caller(), x.disqualifications(), x.now());
            return "proposed not to investigate: " + in.notInvestigatedReason() + " ("
                    + in.notInvestigatedReason().legalBasis() + ")";
        });
        STEPS.put(ComplaintAction.RETURN_TO_ASSESSMENT, (c, in, x) -> {
            c.returnToAssessment(x.now());
            return null;
        });
        STEPS.put(ComplaintAction.NOT_INVESTIGATE, (c, in, x) -> {
            c.notInvestigate(x.caller(), NoAppeal.statement(c.proceedingsLanguage()), x.disqualifications(),
                    x.today(), x.now());
            return "not investigated: " + c.notInvestigatedReason().orElseThrow() + " as presented by "
                    + c.presenter().orElse("?") + "; presenter and decider not disqualified";
        });
        STEPS.put(ComplaintAction.TRANSFER, (c, in, x) -> {
            c.transfer(in.transferredTo(), x.today(), x.now());
            return "transferred to " + c.transferredTo().orElse("");
        });
        STEPS.put(ComplaintAction.WITHDRAW, (c, in, x) -> {
            c.withdraw(x.today(), x.now());
            return null;
        });
    }

    private ComplaintActions() {
    }

    /** Takes {@code action} on {@code c}; returns the detail for the audit trail, or null. */
    static String take(ComplaintAction action, Complaint c, ActionInput input, Context ctx) {
        return STEPS.get(action).take(c, input == null ? ActionInput.none() : input, ctx);
    }

    static boolean covers(ComplaintAction action) {
        return STEPS.containsKey(action);
    }

    /** The assignee named, else an inspector starting an unassigned case takes it. */
    private static String startAssessment(Complaint c, ActionInput in, Context x) {
        c.startAssessment(x.now());
        String assignee = in.assignee() != null ? x.activeInspector().apply(in.assignee())
                : c.assignee().isEmpty() && x.callerIsInspector() ? x.caller() : null;
        if (assignee != null) {
            c.assignTo(assignee, x.disqualifications());
        }
        return null;
    }

    /** Served on the day given, by default today. */
    private static String serve(Complaint c, ActionInput in, Context x) {
        LocalDate served = in.servedOn() != null ? in.servedOn() : x.today();
        c.serve(served, x.today(), x.now());
        return "served " + served;
    }

    private static LocalDate responseDeadline(ActionInput in, Context x) {
        int days = in.workingDays() != null ? in.workingDays() : x.statementWorkingDays();
        return Deadlines.responseDeadline(in.deadline(), days, x.today());
    }
}
