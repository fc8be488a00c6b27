package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * HL 34 §: the one a decision concerns is heard before it. A remark (to the entity or a named official)
 * is not even proposed before the hearing has concluded; a coercive measure is not decided before.
 */
public final class HearingRule {

    private HearingRule() {
    }

    /** HL 34 §: a remark is proposed only once the one it concerns has been heard. */
    public static void checkMayPropose(MeasureType type, Optional<Hearing> hearing, LocalDate today) {
        if (Objects.requireNonNull(type, "type") == MeasureType.REMARK) {
            checkConcluded(type, hearing, today);
        }
    }

    public static void checkMayDecide(MeasureType type, Optional<Hearing> hearing, LocalDate today) {
        if (Objects.requireNonNull(type, "type").requiresHearing()) {
            checkConcluded(type, hearing, today);
        }
    }

    private static void checkConcluded(MeasureType type, Optional<Hearing> hearing, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Hearing h = hearing.orElseThrow(() -> new RuleViolationException("measure.hearing-required", "hearing",
                "The party must be heard before " + type + " is decided (hallintolaki 34 §)"));
        if (!h.isConcludedOn(today)) {
            throw new RuleViolationException("measure.hearing-pending", "hearing",
                    "The hearing is pending: " + type + " may be decided once a response has arrived or after "
                            + h.lastDayToRespond() + " (hallintolaki 34 §)");
        }
    }
}
