package fi.valvonta.model.measure;

import fi.valvonta.model.platform.StatutoryDeadlines;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure already taken on the same matter, as the ladder needs to see it.
 *
 * @param servedOn           date of service (tiedoksianto), null if not served
 * @param deadline           deadline for compliance (orders), null if none
 * @param complied           the entity complied with the measure by its deadline
 * @param conditionalFineSet for an order: a conditional fine was set together with it
 * @param enforceableFrom    the first day the measure may be enforced: the day it became final, or the day of
 *                           service when it was ordered to be complied with notwithstanding appeal; null while
 *                           neither (not served, appeal pending, annulled)
 * @param fine               for an order with a conditional fine: the fine as set; else null
 */
public record PriorMeasure(MeasureType type, boolean decided, LocalDate servedOn, LocalDate deadline,
                           boolean complied, boolean conditionalFineSet, LocalDate enforceableFrom,
                           ConditionalFineTerms fine) {

    public PriorMeasure {
        Objects.requireNonNull(type, "type");
        if (servedOn != null && !decided) {
            throw new IllegalArgumentException("only a decided measure can be served");
        }
        if (conditionalFineSet && type != MeasureType.ORDER) {
            throw new IllegalArgumentException("a conditional fine is set together with an order, not with " + type);
        }
        if (enforceableFrom != null && servedOn == null) {
            throw new IllegalArgumentException("only a served measure can be enforced");
        }
    }

    /** A measure whose finality is not known (e.g. not served). */
    public PriorMeasure(MeasureType type, boolean decided, LocalDate servedOn, LocalDate deadline, boolean complied,
                        boolean conditionalFineSet) {
        this(type, decided, servedOn, deadline, complied, conditionalFineSet, null, null);
    }

    /** A decided order, served, whose deadline has passed without compliance. */
    public boolean isUnheededOrder(LocalDate today) {
        return type == MeasureType.ORDER && decided && servedOn != null && deadline != null
                && !complied && StatutoryDeadlines.hasPassed(deadline, today);
    }

    /**
     * Uhkasakkolaki 10 §; 808/2019 122 §: the measure is final on {@code date}, or it was ordered to be complied
     * with notwithstanding appeal.
     */
    public boolean isEnforceableOn(LocalDate date) {
        return enforceableFrom != null && !enforceableFrom.isAfter(date);
    }

    public Optional<ConditionalFineTerms> fineTerms() {
        return Optional.ofNullable(fine);
    }

    public boolean isDecided(MeasureType t) {
        return decided && type == t;
    }
}
