package fi.valvonta.model.inspection;

import fi.valvonta.model.platform.ConflictException;

import java.util.Objects;

/** Applies an action to an inspection's state, refusing what the inspection's life cycle does not allow. */
public final class InspectionWorkflow {

    private InspectionWorkflow() {
    }

    /** @throws ConflictException {@value InspectionAction#REFUSAL_CODE} when {@code action} is not allowed in {@code from} */
    public static InspectionState transition(InspectionState from, InspectionAction action) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        if (!action.isAllowedFrom(from)) {
            throw new ConflictException(InspectionAction.REFUSAL_CODE, "Cannot " + action.slug()
                    + " an inspection that is " + from + ": a completed inspection does not change");
        }
        return action.target();
    }
}
