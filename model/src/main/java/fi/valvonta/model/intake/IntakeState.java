package fi.valvonta.model.intake;

import java.util.EnumSet;
import java.util.Set;

/** Where an imported message stands: waiting for a registrar, or handled one way or the other. */
public enum IntakeState {
    PENDING,
    REGISTERED,
    DISCARDED;

    /** Actions possible in this state; handled messages are final. */
    public Set<IntakeAction> allowedActions() {
        return this == PENDING ? EnumSet.allOf(IntakeAction.class) : EnumSet.noneOf(IntakeAction.class);
    }
}
