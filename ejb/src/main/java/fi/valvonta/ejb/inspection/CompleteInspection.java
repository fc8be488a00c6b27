package fi.valvonta.ejb.inspection;

import jakarta.validation.constraints.NotBlank;

import java.time.LocalDate;

/** Completes an inspection with its report; without a date, today. */
public record CompleteInspection(@NotBlank String report, LocalDate completedOn) {
}
