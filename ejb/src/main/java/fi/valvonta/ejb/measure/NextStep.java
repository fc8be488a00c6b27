package fi.valvonta.ejb.measure;

import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.registry.LegalRegime;

import java.util.List;

/**
 * What the ladder allows in a case and proposes next ({@code proposal} null when nothing is proposed,
 * e.g. the order was complied with or its deadline has not passed).
 */
public record NextStep(long caseId, String caseNumber, LegalRegime regime, List<MeasureType> allowedTypes,
                       MeasureType proposal) {
}
