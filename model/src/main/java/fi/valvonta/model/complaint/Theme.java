package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.Dimension;

import java.util.Optional;

/** What a complaint is about; the first three are fundamental-rights dimensions
 * of risk-based supervision (the supervisor's risk model weighs them). */
public enum Theme {
    DATA_PROTECTION(Dimension.DATA_PROTECTION),
    EQUAL_TREATMENT(Dimension.EQUAL_TREATMENT),
    LANGUAGE_RIGHTS(Dimension.LANGUAGE_RIGHTS),
    SERVICE_AVAILABILITY(null),
    BENEFITS(null),
    OTHER(null);

    private final Dimension dimension;

    Theme(Dimension dimension) {
        this.dimension = dimension;
    }

    public Optional<Dimension> dimension() {
        return Optional.ofNullable(dimension);
    }
}
