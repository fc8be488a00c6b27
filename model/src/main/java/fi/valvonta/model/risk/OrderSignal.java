package fi.valvonta.model.risk;

import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One open order to correct deficiencies (määräys) in a dimension. An overdue order (its deadline has
 * passed without correction) weighs {@link RiskParameters#overdueOrderWeight()} instead of
 * {@link RiskParameters#openOrderWeight()}, not in addition to it.
 */
public record OrderSignal(Dimension dimension, boolean overdue) {

    public OrderSignal {
        Objects.requireNonNull(dimension, "dimension");
    }

    /**
     * The signal of a decided order as it stood on {@code asOf}: none if it was not yet decided or had
     * been complied with by then; overdue once its deadline had passed.
     */
    public static Optional<OrderSignal> of(Dimension dimension, LocalDate decidedOn, LocalDate deadline,
                                           LocalDate compliedOn, LocalDate asOf) {
        if (dimension == null || decidedOn == null || decidedOn.isAfter(asOf)
                || (compliedOn != null && !compliedOn.isAfter(asOf))) {
            return Optional.empty();
        }
        return Optional.of(new OrderSignal(dimension, deadline != null && deadline.isBefore(asOf)));
    }
}
