package fi.valvonta.model.measure;

import fi.valvonta.model.platform.StatutoryDeadlines;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A measure already taken on the same matter, as the ladder needs to see it.
 *
 * @param servedOn           date of service (tiedoksianto), null if not served
 * @param deadline           deadline for compliance (orders), null if none
 * @param complied           the entity complied with the measure by its deadline
 * @param conditionalFineSet for an order: a conditional fine was set together with it
 */
public record PriorMeasure(MeasureType type, boolean decided, LocalDate servedOn, LocalDate deadline,
                           boolean complied, boolean conditionalFineSet) {

    public PriorMeasure {
        Objects.requireNonNull(type, "type");
        if (servedOn != null && !decided) {
            throw new IllegalArgumentException("only a decided measure can be served");
        }
        if (conditionalFineSet && type != MeasureType.ORDER) {
            throw new IllegalArgumentException("a conditional fine is set together with an order, not with " + type);
        }
    }

    /** A decided order, served, whose deadline has passed without compliance. */
    public boolean isUnheededOrder(LocalDate today) {
        return type == MeasureType.ORDER && decided && servedOn != null && deadline != null
                && !complied && StatutoryDeadlines.hasPassed(deadline, today);
    }

    public boolean isDecided(MeasureType t) {
        return decided && type == t;
    }
}
