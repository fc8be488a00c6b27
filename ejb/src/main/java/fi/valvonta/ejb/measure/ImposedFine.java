package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.Measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A conditional fine imposed (uhkasakkolaki 10 §), as the enforcement list shows it: ready to be handed over
 * for enforcement once the imposition is final and not set aside.
 */
public record ImposedFine(long measureId, long caseId, String caseNumber, long entityId, String entityName,
                          BigDecimal amount, LocalDate decidedOn, LocalDate servedOn, LocalDate finalOn,
                          boolean appealPending, boolean readyForEnforcement) {

    static ImposedFine of(Measure m, LocalDate today) {
        boolean finalNow = m.finalOn() != null && !m.finalOn().isAfter(today) && !m.isSetAside();
        boolean pending = m.appealLodgedOn() != null && m.finalOn() == null && !m.isSetAside();
        return new ImposedFine(m.id(), m.measureCase().id(), m.measureCase().caseNumber(), m.measureCase().entity().id(),
                m.measureCase().entity().nameFi(), m.conditionalFine(), m.decidedOn(), m.servedOn(), m.finalOn(),
                pending, finalNow);
    }
}
