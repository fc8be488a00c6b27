package fi.valvonta.model.planning;

/** Life of a year's inspection plan: a draft is recomputed from current data; an adopted plan is frozen. */
public enum PlanState {
    /** Being prepared: entries are computed from the current indicators, signals and risk model. */
    DRAFT,
    /** Adopted by a decision-maker: frozen with its input snapshot and entries. */
    ADOPTED,
    /** An adopted plan replaced by the adoption of a later version of the same year; still frozen. */
    SUPERSEDED
}
