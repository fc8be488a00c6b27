package fi.valvonta.model.planning;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static fi.valvonta.model.planning.PlanState.ADOPTED;
import static fi.valvonta.model.planning.PlanState.DRAFT;
import static fi.valvonta.model.planning.PlanState.SUPERSEDED;

/**
 * Intent-named actions on a year's inspection plan. Each names the states it may be taken from, the
 * state it leads to (none: the plan stays in its state) and the code of its refusal; this is the single
 * definition of the plan's life cycle, read by {@link PlanWorkflow} and {@link PlanPermissions}.
 */
public enum PlanAction {

    /** A what-if saved in a draft: another risk model version and/or capacity. */
    REPLAN("replan", null, "plan.not-draft", DRAFT),
    /** The decision-maker adopts the draft; it is frozen with its input snapshot from then on. */
    ADOPT("adopt", ADOPTED, "plan.not-draft", DRAFT),
    /** A frozen plan is changed by a new draft version of the same year; the plan itself stays as it is. */
    REVISE("revise", null, "plan.not-frozen", ADOPTED, SUPERSEDED),
    /** A later version of the same year was adopted; only a consequence of {@link #ADOPT}. */
    SUPERSEDE("supersede", SUPERSEDED, "plan.not-adopted", ADOPTED);

    private final String slug;
    private final PlanState target;
    private final String refusalCode;
    private final Set<PlanState> sources;

    PlanAction(String slug, PlanState target, String refusalCode, PlanState first, PlanState... more) {
        this.slug = slug;
        this.target = target;
        this.refusalCode = refusalCode;
        this.sources = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    public String slug() {
        return slug;
    }

    /** The state the plan moves to; empty when it stays in its state. */
    public Optional<PlanState> target() {
        return Optional.ofNullable(target);
    }

    public Set<PlanState> sources() {
        return sources;
    }

    /** The code of the 409 that refuses this action in a state it is not allowed from. */
    public String refusalCode() {
        return refusalCode;
    }

    public boolean isAllowedFrom(PlanState state) {
        return sources.contains(state);
    }

    public static Optional<PlanAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
