package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.SupervisedEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Command: form an employment area (laki 380/2023) from municipalities of the registry. */
public record EstablishEmploymentArea(
        @NotBlank @Size(max = SupervisedEntity.NAME_LENGTH) String nameFi,
        @Size(max = SupervisedEntity.NAME_LENGTH) String nameSv,
        @NotNull EmploymentAreaModel model,
        LocalDate supervisedFrom,
        @NotEmpty List<@NotNull Long> memberIds) {
}
