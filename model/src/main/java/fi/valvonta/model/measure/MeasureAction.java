package fi.valvonta.model.measure;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static fi.valvonta.model.measure.MeasureState.*;

/**
 * Intent-named actions on a measure. Each names the states it may be taken from and the states it may
 * lead to (none: the state stays, e.g. a hearing is recorded on the draft or the proposal); this is the
 * single definition of the measure's life. Who may take an action is {@link MeasurePermissions}; what
 * else the law requires is checked by {@link Measure} itself.
 */
public enum MeasureAction {

    /** The content changes only while it is a draft; a decided measure is corrected by a new one. */
    REVISE("revise", EnumSet.of(DRAFT), DRAFT),
    // HL 34 §: the party is heard before the decision, while the measure is drafted or presented
    REQUEST_HEARING("hearing", EnumSet.noneOf(MeasureState.class), DRAFT, PROPOSED),
    RECORD_HEARING_RESPONSE("hearing-response", EnumSet.noneOf(MeasureState.class), DRAFT, PROPOSED),
    // presentation procedure (HL 7 luku): the inspector presents, another official decides
    PROPOSE("propose", EnumSet.of(PROPOSED), DRAFT),
    DECIDE("decide", EnumSet.of(DECIDED), PROPOSED),
    // tiedoksianto (HL 59–60 §) starts the appeal period
    SERVE("serve", EnumSet.of(SERVED), DECIDED),
    // laki 13/2003 18 §: the decision to the addressee's Suomi.fi mailbox (or by letter); served once receipt is shown
    SEND_ELECTRONICALLY("send-electronically", EnumSet.noneOf(MeasureState.class), DECIDED),
    RECORD_COMPLIANCE("comply", EnumSet.of(COMPLIED, NOT_COMPLIED), SERVED),
    // 808/2019 13 §: an appeal within the period after service; the state stays, finality waits for the court
    RECORD_APPEAL("appeal", EnumSet.noneOf(MeasureState.class), SERVED, COMPLIED, NOT_COMPLIED),
    RECORD_COURT_OUTCOME("court-outcome", EnumSet.noneOf(MeasureState.class), SERVED, COMPLIED, NOT_COMPLIED),
    // HL 59 §, laki 13/2003 19 §: a presumed date of service gives way to the actual date of receipt shown
    REBUT_SERVICE_DATE("service-date", EnumSet.noneOf(MeasureState.class), SERVED, COMPLIED, NOT_COMPLIED),
    // 808/2019 107 §, 111 §: leave to appeal to the Supreme Administrative Court, and its decision
    RECORD_FURTHER_APPEAL("further-appeal", EnumSet.noneOf(MeasureState.class), SERVED, COMPLIED, NOT_COMPLIED),
    RECORD_SUPREME_COURT_DECISION("supreme-court-decision", EnumSet.noneOf(MeasureState.class), SERVED, COMPLIED,
            NOT_COMPLIED),
    /** A decided measure is corrected by a new decision linked to it (it is never edited). */
    CORRECT("correct", EnumSet.noneOf(MeasureState.class), DECIDED, SERVED, COMPLIED, NOT_COMPLIED),
    /** The next step of the ladder is drafted on the case once this measure is decided. */
    DRAFT_NEXT_STEP("draft-next-step", EnumSet.noneOf(MeasureState.class), DECIDED, SERVED, COMPLIED, NOT_COMPLIED);

    private final String slug;
    private final Set<MeasureState> targets;
    private final Set<MeasureState> sources;

    MeasureAction(String slug, Set<MeasureState> targets, MeasureState first, MeasureState... more) {
        this.slug = slug;
        this.targets = Collections.unmodifiableSet(targets);
        this.sources = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    public String slug() {
        return slug;
    }

    /** The states the action may lead to; empty when the measure keeps its state. */
    public Set<MeasureState> targets() {
        return targets;
    }

    public Set<MeasureState> sources() {
        return sources;
    }

    public boolean isAllowedFrom(MeasureState state) {
        return sources.contains(state);
    }

    /** Whether taking the action may leave the measure in {@code state} (its own state when it keeps it). */
    public boolean mayLeadTo(MeasureState from, MeasureState to) {
        return isAllowedFrom(from) && (targets.isEmpty() ? from == to : targets.contains(to));
    }

    public static Optional<MeasureAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
