package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.RemarkAddressee;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a workflow action may carry; each action reads only its own fields:
 * request-statement / request-reply: {@code workingDays} (default from configuration) or {@code deadline};
 * request-statement: {@code heard}, who is heard (default: the entity, and the official when named);
 * start-assessment: {@code assignee}; propose: {@code outcome}, {@code notInvestigatedReason},
 * {@code remarkAddressee}, {@code text}; decide: {@code dissent}; serve: {@code servedOn};
 * propose-not-investigated: {@code notInvestigatedReason}, {@code text}; transfer: {@code transferredTo};
 * every action: {@code note} for the audit trail.
 */
public record ActionInput(
        @Size(max = 2000) String note,
        @Size(max = Complaint.USERNAME_LENGTH) String assignee,
        @Min(1) @Max(120) Integer workingDays,
        LocalDate deadline,
        DecisionOutcome outcome,
        NotInvestigatedReason notInvestigatedReason,
        RemarkAddressee remarkAddressee,
        @Size(max = Complaint.DECISION_TEXT_LENGTH) String text,
        @Size(max = Complaint.DISSENT_LENGTH) String dissent,
        LocalDate servedOn,
        @Size(max = Complaint.AUTHORITY_LENGTH) String transferredTo,
        Set<@NotNull RemarkAddressee> heard) {

    public static ActionInput none() {
        return new ActionInput(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
