package fi.valvonta.ejb.intake;

import fi.valvonta.model.intake.IncomingMessage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a message is not a complaint. */
public record DiscardIntake(@NotBlank @Size(max = IncomingMessage.REASON_LENGTH) String reason) {
}
