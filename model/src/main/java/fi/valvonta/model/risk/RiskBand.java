package fi.valvonta.model.risk;

/** Risk band of an entity by its total score (thresholds in {@link RiskParameters}). */
public enum RiskBand {
    /** Must be inspected on site at least once per plan period, capacity permitting. */
    HIGH,
    /** May be inspected on site or reviewed at the desk, by risk per inspector-day. */
    MEDIUM,
    /** At most a desk review. */
    LOW
}
