package fi.valvonta.ejb.risk;

import fi.valvonta.model.risk.EntityIndicator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Indicators of an entity as of a date; recording the same entity and date again corrects them. */
public record RecordIndicators(@NotNull Long entityId, @NotNull LocalDate validOn, @NotNull @Min(0) Integer clientCount,
                               @NotNull @DecimalMin("0") @DecimalMax("1") Double foreignLanguageShare,
                               @NotNull @DecimalMin("0") @DecimalMax("1") Double under30Share,
                               @NotBlank @Size(max = EntityIndicator.SOURCE_LENGTH) String source) {
}
