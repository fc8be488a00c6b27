package fi.valvonta.model.planning;

/** Why an entity is or is not in the plan; the names are stable i18n keys. */
public enum SelectionReason {
    /** HIGH band: inspected on site, as the plan must do once per period. */
    SELECTED_HIGH_BAND_MANDATORY,
    /** Inspected on site because it covered the most risk per inspector-day of what was left. */
    SELECTED_BEST_RISK_PER_DAY,
    /** Desk review: the best use of the remaining days for this entity. */
    SELECTED_DESK_REVIEW,
    /** HIGH band, but no capacity for a visit; a desk review was planned instead. */
    HIGH_BAND_OVER_CAPACITY_DESK_REVIEW,
    /** HIGH band, but no capacity for a visit nor a desk review: the plan says so. */
    HIGH_BAND_OVER_CAPACITY,
    /** MEDIUM band: the days went to entities with more risk per day. */
    NOT_SELECTED_CAPACITY,
    /** LOW band (or no risk at all): the days went to entities with more risk per day. */
    NOT_SELECTED_LOW_RISK;

    public boolean isSelected() {
        return this == SELECTED_HIGH_BAND_MANDATORY || this == SELECTED_BEST_RISK_PER_DAY
                || this == SELECTED_DESK_REVIEW || this == HIGH_BAND_OVER_CAPACITY_DESK_REVIEW;
    }
}
