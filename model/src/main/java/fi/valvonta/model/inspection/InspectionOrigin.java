package fi.valvonta.model.inspection;

/** Why an inspection is made: it is in the adopted plan, or it is ad hoc (e.g. prompted by a complaint). */
public enum InspectionOrigin {
    PLAN,
    AD_HOC
}
