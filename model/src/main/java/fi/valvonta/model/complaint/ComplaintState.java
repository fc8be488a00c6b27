package fi.valvonta.model.complaint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Processing state of a complaint. The transition graph is defined once, by {@link ComplaintAction}'s
 * source and target states; this enum only reads it.
 *
 * <p>Terminal states: {@link #CLOSED}, {@link #NOT_INVESTIGATED}, {@link #TRANSFERRED} and
 * {@link #WITHDRAWN}. A not-investigated decision is still served to the complainant, but its service
 * is recorded as a date on the complaint, not as a further state.
 */
public enum ComplaintState {
    REGISTERED,
    PRELIMINARY_ASSESSMENT,
    SUPPLEMENT_REQUESTED,
    STATEMENT_REQUESTED,
    REPLY_REQUESTED,
    IN_PREPARATION,
    PROPOSED,
    /** A proposal not to investigate (HL 53 b §), waiting for the decision maker. */
    NOT_INVESTIGATED_PROPOSED,
    DECIDED,
    SERVED,
    CLOSED,
    NOT_INVESTIGATED,
    TRANSFERRED,
    WITHDRAWN;

    /** Built lazily: ComplaintAction's constants refer to this enum's constants. */
    private static final class Graph {
        static final Map<ComplaintState, Set<ComplaintState>> NEXT = build();

        private static Map<ComplaintState, Set<ComplaintState>> build() {
            Map<ComplaintState, Set<ComplaintState>> next = new EnumMap<>(ComplaintState.class);
            for (ComplaintState s : ComplaintState.values()) {
                next.put(s, EnumSet.noneOf(ComplaintState.class));
            }
            for (ComplaintAction a : ComplaintAction.values()) {
                a.sources().forEach(s -> next.get(s).add(a.target()));
            }
            next.replaceAll((s, targets) -> Collections.unmodifiableSet(targets));
            return next;
        }
    }

    /** States this state may move to directly. */
    public Set<ComplaintState> allowedNext() {
        return Graph.NEXT.get(this);
    }

    public boolean canMoveTo(ComplaintState target) {
        return allowedNext().contains(target);
    }

    /** No action leads out of a terminal state. */
    public boolean isTerminal() {
        return allowedNext().isEmpty();
    }

    /**
     * Intake: the complaint may still be disposed of without investigation (HL 53 b §, HL 21 §), and a
     * special reason for an old matter may still be recorded.
     */
    public boolean isIntake() {
        return ComplaintAction.PROPOSE_NOT_INVESTIGATED.isAllowedFrom(this);
    }

    /** Actions the UI may offer in this state. */
    public Set<ComplaintAction> allowedActions() {
        Set<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
        for (ComplaintAction a : ComplaintAction.values()) {
            if (a.isAllowedFrom(this)) {
                actions.add(a);
            }
        }
        return Collections.unmodifiableSet(actions);
    }
}
