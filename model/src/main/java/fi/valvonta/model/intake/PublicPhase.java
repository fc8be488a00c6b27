package fi.valvonta.model.intake;

import fi.valvonta.model.complaint.ComplaintState;

/**
 * The state of a complaint as its sender sees it through the status link. The agency's internal steps are
 * not shown: a proposal waiting for the decision maker stays "being prepared" (a proposal not to investigate,
 * "being assessed"), so the sender sees a decision only once it is made, and a proposal sent back leaves
 * no trace.
 */
public enum PublicPhase {
    RECEIVED,
    IN_ASSESSMENT,
    SUPPLEMENT_REQUESTED,
    STATEMENT_REQUESTED,
    REPLY_REQUESTED,
    IN_PREPARATION,
    DECIDED,
    SERVED,
    CLOSED,
    NOT_INVESTIGATED,
    TRANSFERRED,
    WITHDRAWN;

    public static PublicPhase of(ComplaintState state) {
        return switch (state) {
            case REGISTERED -> RECEIVED;
            case PRELIMINARY_ASSESSMENT, NOT_INVESTIGATED_PROPOSED -> IN_ASSESSMENT;
            case SUPPLEMENT_REQUESTED -> SUPPLEMENT_REQUESTED;
            case STATEMENT_REQUESTED -> STATEMENT_REQUESTED;
            case REPLY_REQUESTED -> REPLY_REQUESTED;
            case IN_PREPARATION, PROPOSED -> IN_PREPARATION;
            case DECIDED -> DECIDED;
            case SERVED -> SERVED;
            case CLOSED -> CLOSED;
            case NOT_INVESTIGATED -> NOT_INVESTIGATED;
            case TRANSFERRED -> TRANSFERRED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    /** A decision has been made (the outcome may be shown). */
    public boolean isDecided() {
        return this == DECIDED || this == SERVED || this == CLOSED || this == NOT_INVESTIGATED;
    }

    /** A statement or a reply is awaited by a deadline (the deadline may be shown). */
    public boolean awaitsResponse() {
        return this == STATEMENT_REQUESTED || this == REPLY_REQUESTED;
    }
}
