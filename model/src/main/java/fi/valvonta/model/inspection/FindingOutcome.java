package fi.valvonta.model.inspection;

/** Result of one checklist item: compliant, or a deficiency with its severity. */
public enum FindingOutcome {
    COMPLIANT,
    DEFICIENCY
}
