package fi.valvonta.ejb.complaint;

import fi.valvonta.model.platform.BusinessException;

import java.util.Optional;

/**
 * What became of one complaint of a bulk assignment: assigned ({@code complaint} as it is now), or refused
 * for the reason {@code refusal} (stale version, closed case, disqualified or no inspector, no such case).
 */
public record AssignmentResult(long id, ComplaintDetail complaint, BusinessException refusal) {

    static AssignmentResult assigned(ComplaintDetail complaint) {
        return new AssignmentResult(complaint.id(), complaint, null);
    }

    static AssignmentResult refused(long id, BusinessException refusal) {
        return new AssignmentResult(id, null, refusal);
    }

    public boolean isAssigned() {
        return refusal == null;
    }

    public Optional<BusinessException> findRefusal() {
        return Optional.ofNullable(refusal);
    }
}
