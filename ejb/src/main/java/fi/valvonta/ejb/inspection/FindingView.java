package fi.valvonta.ejb.inspection;

import fi.valvonta.model.inspection.Finding;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.platform.Dimension;

import java.time.Instant;
import java.time.LocalDate;

/** A finding, by the id a measure case refers to. */
public record FindingView(long id, long inspectionId, long entityId, String itemCode, Dimension dimension,
                          String legalBasis, FindingOutcome outcome, DeficiencySeverity severity, String description,
                          LocalDate foundOn, Instant recordedAt, String recordedBy) {

    static FindingView of(Finding f) {
        return new FindingView(f.id(), f.inspection().id(), f.entityId(), f.itemCode(), f.dimension(), f.legalBasis(),
                f.outcome(), f.severity().orElse(null), f.description(), f.foundOn(), f.recordedAt(), f.recordedBy());
    }
}
