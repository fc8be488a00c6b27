package fi.valvonta.ejb.measure;

import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;

/**
 * A served order whose compliance is not yet recorded, for the risk model (inspection planning):
 * {@code overdue} when its last day to comply has passed. {@code dimension} may be null.
 */
public record OpenOrder(long measureId, long caseId, String caseNumber, long entityId, Dimension dimension,
                        LocalDate deadline, LocalDate lastDayToComply, boolean overdue) {
}
