package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.ConflictException;

import java.util.Objects;

/** Applies an action to a complaint's state, refusing what the workflow does not allow. */
public final class ComplaintWorkflow {

    public static final String ILLEGAL_TRANSITION = "complaint.illegal-transition";

    private ComplaintWorkflow() {
    }

    /** @throws ConflictException {@value #ILLEGAL_TRANSITION} when {@code action} is not allowed in {@code from} */
    public static ComplaintState transition(ComplaintState from, ComplaintAction action) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        if (!action.isAllowedFrom(from)) {
            throw new ConflictException(ILLEGAL_TRANSITION, "Cannot " + action.slug() + " a complaint in state "
                    + from + ": " + from + " -> " + action.target() + " is not allowed"
                    + (from.isTerminal() ? " (" + from + " is terminal)" : "; allowed: " + from.allowedActions()));
        }
        return action.target();
    }
}
