package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.SupervisedEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: form an employment area (laki 380/2023) from municipalities of the registry, from a date. Every
 * municipality is a member of an area from 2025, so the members move to the new area from that date (their
 * membership then ends the day before) — a date after each member's present membership began.
 */
public record EstablishEmploymentArea(
        @NotBlank @Size(max = SupervisedEntity.NAME_LENGTH) String nameFi,
        @Size(max = SupervisedEntity.NAME_LENGTH) String nameSv,
        @NotNull EmploymentAreaModel model,
        @NotNull LocalDate supervisedFrom,
        @NotEmpty List<@NotNull Long> memberIds) {
}
