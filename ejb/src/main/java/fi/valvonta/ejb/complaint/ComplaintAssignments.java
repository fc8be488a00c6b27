package fi.valvonta.ejb.complaint;

import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigning several complaints to an inspector in one go. Each complaint is one change of its own, made
 * by {@link ComplaintWorkflowService#assign} — its version checked, the aggregate's rules applied (no
 * closed case; HL 27 §: no assignee disqualified in it), audited — in a transaction of its own: what one
 * complaint refuses is reported for that complaint and the others are assigned all the same (not all or
 * nothing: a bulk of a hundred is not undone because one case was changed meanwhile).
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
// no transaction here: each assignment commits or rolls back in its own
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComplaintAssignments {

    /** At most this many complaints in one request. */
    public static final int MAX = 100;

    @EJB
    ComplaintWorkflowService workflow;

    /** Assigns each of {@code complaints} to {@code assignee} (null or blank: clears), in the order given. */
    public List<AssignmentResult> assign(@NotNull @Size(min = 1, max = MAX) List<@NotNull @Valid VersionedComplaint> complaints,
                                         String assignee) {
        List<AssignmentResult> results = new ArrayList<>(complaints.size());
        for (VersionedComplaint c : complaints) {
            try {
                results.add(AssignmentResult.assigned(workflow.assign(c.id(), assignee, c.version())));
            } catch (BusinessException refused) {
                // rolled back alone (BusinessException is a rollback application exception); reported per complaint
                results.add(AssignmentResult.refused(c.id(), refused));
            }
        }
        return results;
    }
}
