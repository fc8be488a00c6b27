package fi.valvonta.model.inspection;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static fi.valvonta.model.inspection.InspectionState.COMPLETED;
import static fi.valvonta.model.inspection.InspectionState.SCHEDULED;

/**
 * Intent-named actions on an inspection, with the states each may be taken from and the state it leads
 * to. A completed inspection is final: its report and findings are the record a measure case relies on.
 * This is the single definition of the inspection's life cycle, read by {@link InspectionWorkflow} and
 * {@link InspectionPermissions}.
 */
public enum InspectionAction {

    RESCHEDULE("reschedule", SCHEDULED, SCHEDULED),
    RECORD_FINDING("record-finding", SCHEDULED, SCHEDULED),
    COMPLETE("complete", COMPLETED, SCHEDULED);

    /** The code of the 409 that refuses a change of a completed inspection. */
    public static final String REFUSAL_CODE = "inspection.completed";

    private final String slug;
    private final InspectionState target;
    private final Set<InspectionState> sources;

    InspectionAction(String slug, InspectionState target, InspectionState first, InspectionState... more) {
        this.slug = slug;
        this.target = target;
        this.sources = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    public String slug() {
        return slug;
    }

    public InspectionState target() {
        return target;
    }

    public Set<InspectionState> sources() {
        return sources;
    }

    public boolean isAllowedFrom(InspectionState state) {
        return sources.contains(state);
    }

    public static Optional<InspectionAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
