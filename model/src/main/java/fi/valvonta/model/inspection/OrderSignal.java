package fi.valvonta.model.inspection;

import fi.valvonta.model.shared.Dimension;

import java.util.Objects;

/**
 * One open order to correct deficiencies (määräys) in a dimension. An overdue order (its deadline has
 * passed without correction) weighs {@link RiskParameters#overdueOrderWeight()} instead of
 * {@link RiskParameters#openOrderWeight()}, not in addition to it.
 */
public record OrderSignal(Dimension dimension, boolean overdue) {

    public OrderSignal {
        Objects.requireNonNull(dimension, "dimension");
    }
}
