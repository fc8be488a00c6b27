package fi.valvonta.model.planning;

import fi.valvonta.model.platform.ConflictException;

import java.util.Objects;

/** Applies an action to a plan's state, refusing what the plan's life cycle does not allow. */
public final class PlanWorkflow {

    private PlanWorkflow() {
    }

    /** @throws ConflictException with the action's {@link PlanAction#refusalCode()} when not allowed in {@code from} */
    public static PlanState transition(PlanState from, PlanAction action) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        if (!action.isAllowedFrom(from)) {
            throw new ConflictException(action.refusalCode(), "Cannot " + action.slug() + " a plan that is " + from
                    + " (allowed from " + action.sources() + ")"
                    + (from == PlanState.DRAFT ? "" : "; a frozen plan is changed by revising it as a new version"));
        }
        return action.target().orElse(from);
    }
}
