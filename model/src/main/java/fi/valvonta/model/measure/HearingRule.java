package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** HL 34 §: the party is heard before an order, a conditional fine or a suspension is decided. */
public final class HearingRule {

    private HearingRule() {
    }

    public static void checkMayDecide(MeasureType type, Optional<Hearing> hearing, LocalDate today) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(today, "today");
        if (!type.requiresHearing()) {
            return;
        }
        Hearing h = hearing.orElseThrow(() -> new RuleViolationException("measure.hearing-required", "hearing",
                "The party must be heard before " + type + " is decided (hallintolaki 34 §)"));
        if (!h.isConcludedOn(today)) {
            throw new RuleViolationException("measure.hearing-pending", "hearing",
                    "The hearing is pending: " + type + " may be decided once a response has arrived or after "
                            + h.lastDayToRespond() + " (hallintolaki 34 §)");
        }
    }
}
