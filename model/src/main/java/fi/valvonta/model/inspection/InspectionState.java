package fi.valvonta.model.inspection;

/** An inspection is scheduled, then completed with its report; a completed one is no longer changed. */
public enum InspectionState {
    SCHEDULED,
    COMPLETED
}
