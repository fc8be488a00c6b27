package fi.valvonta.ejb.intake;

import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.intake.PublicSubmission;
import fi.valvonta.model.platform.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * A complaint as its sender writes it in the public form (or sends it to the public API): the municipality or
 * employment area, when the conduct happened, what happened and its themes, an official's name if the sender
 * knows it, the sender (or anonymous: no name, no contact details), the language of proceedings (Finnish or
 * Swedish) and the language the sender is answered in (Finnish, Swedish or English; by default that of the
 * proceedings). {@code homepage} is the trap field: people never see it, so it stays empty.
 */
public record SubmitComplaint(
        @NotNull Long entityId,
        @NotNull LocalDate conductFrom,
        LocalDate conductTo,
        @NotBlank @Size(max = Complaint.DESCRIPTION_LENGTH) String description,
        @NotEmpty @Size(max = 16) Set<@NotNull Theme> themes,
        @Size(max = Complaint.OFFICIAL_LENGTH) String officialName,
        boolean anonymous,
        @Size(max = Complainant.NAME_LENGTH) String name,
        @Email @Size(max = Complainant.EMAIL_LENGTH) String email,
        @Size(max = Complainant.PHONE_LENGTH) String phone,
        @Size(max = Complainant.ADDRESS_LENGTH) String address,
        @NotNull Language proceedingsLanguage,
        Language contactLanguage,
        @Size(max = PublicSubmission.TRAP_LENGTH) String homepage) {
}
