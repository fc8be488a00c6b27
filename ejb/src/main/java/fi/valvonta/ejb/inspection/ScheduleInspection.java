package fi.valvonta.ejb.inspection;

import fi.valvonta.model.inspection.Inspection;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.platform.Dimension;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Schedules an inspection: from an adopted plan (planId, the entity must be in it) or ad hoc (optionally
 * naming the complaint's case number). Without dimensions all three are inspected.
 */
public record ScheduleInspection(@NotNull Long entityId, Long planId,
                                 @Size(max = Inspection.REFERENCE_LENGTH) String complaintReference,
                                 @NotNull InspectionType type, @NotNull LocalDate scheduledOn,
                                 @NotEmpty List<String> inspectors, List<Dimension> dimensions) {
}
