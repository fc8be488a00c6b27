package fi.valvonta.ejb.intake;

import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Language;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the registrar adds to an e-mail to register it: the supervised entity, the conduct's dates, the
 * themes. The description defaults to the message's text and the complainant to its sender;
 * {@code attachmentIds} null carries every file of the message over, else only those named.
 */
public record CompleteIntake(
        @NotNull Long entityId,
        @Size(max = Complaint.OFFICIAL_LENGTH) String officialName,
        @NotNull LocalDate conductFrom,
        LocalDate conductTo,
        @NotEmpty Set<@NotNull Theme> themes,
        @Size(max = Complaint.DESCRIPTION_LENGTH) String description,
        @Size(max = Complainant.NAME_LENGTH) String complainantName,
        Language complainantLanguage,
        boolean teOfficeMatter,
        @Size(max = Complaint.REASON_LENGTH) String specialReasonForOldMatter,
        boolean maskIdentityNumbers,
        List<@NotNull Long> attachmentIds) {
}
