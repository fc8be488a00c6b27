package fi.valvonta.model.inspection;

/** Kind of planned inspection; each has its own cost in inspector-days ({@link PlanCapacity}). */
public enum InspectionType {
    /** Inspection visit (tarkastuskäynti): covers the entity's full risk. */
    ON_SITE,
    /** Document review at the office: cheaper, covers a fraction of the risk ({@link PlanSelector}). */
    DESK_REVIEW
}
