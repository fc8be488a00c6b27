package fi.valvonta.model.demo;

import fi.valvonta.model.complaint.ComplaintAction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a demo complaint's life: a workflow action (or the receipt of the statement requested,
 * which is no transition) taken on {@code on} by {@code actor}; {@code deadline} for a request.
 */
public record PlannedStep(ComplaintAction action, LocalDate on, String actor, LocalDate deadline) {

    public PlannedStep {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(actor, "actor");
    }

    static PlannedStep act(ComplaintAction action, LocalDate on, String actor) {
        return new PlannedStep(Objects.requireNonNull(action, "action"), on, actor, null);
    }

    static PlannedStep request(ComplaintAction action, LocalDate on, String actor, LocalDate deadline) {
        return new PlannedStep(Objects.requireNonNull(action, "action"), on, actor, Objects.requireNonNull(deadline));
    }

    static PlannedStep statementReceived(LocalDate on, String actor) {
        return new PlannedStep(null, on, actor, null);
    }

    /** Empty for the receipt of a statement. */
    public Optional<ComplaintAction> findAction() {
        return Optional.ofNullable(action);
    }

    public boolean isStatementReceived() {
        return action == null;
    }
}
