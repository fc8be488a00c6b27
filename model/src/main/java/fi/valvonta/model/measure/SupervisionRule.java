package fi.valvonta.model.measure;

import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Coercive measures bind an entity under the supervisor's competence: an order, a fine or a suspension
 * is decided only on a date within the entity's supervision period (a pilot municipality's ended with
 * laki 1269/2020 on 31.12.2024). Guidance and remarks on past conduct may be given afterwards (HL 53 c §).
 */
public final class SupervisionRule {

    private SupervisionRule() {
    }

    public static void checkCompetent(MeasureType type, SupervisedEntity entity, LocalDate decidedOn) {
        Objects.requireNonNull(entity, "entity");
        if (type.isCoercive() && !entity.isSupervisedOn(decidedOn)) {
            // from 1.1.2025 a former pilot municipality answers through its employment area (Municipality#supervisedEntityOn)
            String successor = entity instanceof Municipality m ? m.supervisedEntityOn(decidedOn)
                    .map(e -> "; on that day " + e.nameFi() + " is supervised instead").orElse("") : "";
            throw new RuleViolationException("measure.outside-supervision-period", "decidedOn",
                    type + " can be decided only within the entity's supervision period " + entity.supervision()
                            + " (laki " + entity.regime().statute() + ")" + successor);
        }
    }
}
