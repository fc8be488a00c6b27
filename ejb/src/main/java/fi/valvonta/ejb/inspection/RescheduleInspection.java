package fi.valvonta.ejb.inspection;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** Moves a scheduled inspection or changes its inspectors. */
public record RescheduleInspection(@NotNull LocalDate scheduledOn, @NotEmpty List<String> inspectors) {
}
