package fi.valvonta.ejb.inspection;

import fi.valvonta.model.inspection.Finding;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.inspection.DeficiencySeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The result of one checklist item; a deficiency needs a severity. Without a date, today. */
public record RecordFinding(@NotBlank String itemCode, @NotNull FindingOutcome outcome, DeficiencySeverity severity,
                            @NotBlank @Size(max = Finding.DESCRIPTION_LENGTH) String description, LocalDate foundOn) {
}
