package fi.valvonta.model.demo;

import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.registry.LegalRegime;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo measure case of a pilot municipality (laki 1269/2020) or an employment area (laki 380/2023)
 * whose last measure stands at {@code step}.
 */
public record PlannedMeasureCase(int serial, LegalRegime regime, LadderStep step, boolean swedish, int entityPick,
                                 Dimension dimension, String subject, String inspector, LocalDate openedOn,
                                 List<PlannedMeasure> measures) {

    public PlannedMeasureCase {
        measures = List.copyOf(measures);
    }

    public String caseNumber() {
        return CaseNumber.of(DemoScenario.CASE_PREFIX, serial, openedOn.getYear()).toString();
    }
}
