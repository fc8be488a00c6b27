package fi.valvonta.model.inspection;

/**
 * How serious a deficiency found in an inspection is: the severity of a {@link Finding} and of the
 * {@link FindingSignal} the risk model weighs ({@link RiskParameters#weightOf(DeficiencySeverity)}).
 */
public enum DeficiencySeverity {
    MINOR,
    SIGNIFICANT,
    SERIOUS
}
