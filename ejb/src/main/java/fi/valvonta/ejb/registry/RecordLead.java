package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.EmploymentArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: record the lead municipality (vastuukunta) of an employment area, with where it is stated. */
public record RecordLead(@NotNull Long municipalityId,
                         @NotBlank @Size(max = EmploymentArea.SOURCE_LENGTH) String source) {
}
