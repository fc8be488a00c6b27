package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.SamiLanguage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command: register an incoming complaint. {@code proceedingsLanguage} null derives it from the
 * complainant's language and the entity's language status; {@code maskIdentityNumbers} masks personal
 * identity numbers found in the description before it is stored; {@code oralConsentBy}: who in the
 * agency consented to an oral complaint (HL 53 a § 2 mom).
 */
public record RegisterComplaint(
        @NotNull LocalDate receivedDate,
        @NotNull Channel channel,
        @NotNull @Valid ComplainantInput complainant,
        @NotNull Long entityId,
        @Size(max = Complaint.OFFICIAL_LENGTH) String officialName,
        @NotNull LocalDate conductFrom,
        LocalDate conductTo,
        @NotBlank @Size(max = Complaint.DESCRIPTION_LENGTH) String description,
        @NotEmpty Set<@NotNull Theme> themes,
        boolean teOfficeMatter,
        @Size(max = Complaint.REASON_LENGTH) String specialReasonForOldMatter,
        Language proceedingsLanguage,
        boolean maskIdentityNumbers,
        @Size(max = Complaint.OFFICIAL_LENGTH) String oralConsentBy) {

    /** The complainant as entered; {@code language} defaults to Finnish. */
    public record ComplainantInput(
            boolean anonymous,
            @Size(max = Complainant.NAME_LENGTH) String name,
            @Email @Size(max = Complainant.EMAIL_LENGTH) String email,
            @Size(max = Complainant.PHONE_LENGTH) String phone,
            @Size(max = Complainant.ADDRESS_LENGTH) String address,
            Language language,
            @Size(max = Complainant.NAME_LENGTH) String representativeName,
            boolean powerOfAttorney,
            SamiLanguage samiLanguage) {

        public Complainant toComplainant() {
            return Complainant.of(anonymous, name, email, phone, address, language == null ? Language.FI : language,
                    samiLanguage, representativeName, powerOfAttorney);
        }
    }

    /**
     * SHA-256 of the request's content, field by field in a fixed order, so an Idempotency-Key retry
     * is recognised whatever the JSON's formatting or order of themes.
     */
    public String fingerprint() {
        ComplainantInput c = complainant;
        Set<String> sortedThemes = new TreeSet<>();
        (themes == null ? EnumSet.noneOf(Theme.class) : themes).forEach(t -> sortedThemes.add(t.name()));
        String canonical = String.join("\u001f", String.valueOf(receivedDate), String.valueOf(channel),
                c == null ? "" : String.join("\u001e", String.valueOf(c.anonymous()), String.valueOf(c.name()),
                        String.valueOf(c.email()), String.valueOf(c.phone()), String.valueOf(c.address()),
                        String.valueOf(c.language()), String.valueOf(c.representativeName()),
                        String.valueOf(c.powerOfAttorney()), String.valueOf(c.samiLanguage())),
                String.valueOf(entityId), String.valueOf(officialName), String.valueOf(conductFrom),
                String.valueOf(conductTo), String.valueOf(description), sortedThemes.toString(),
                String.valueOf(teOfficeMatter), String.valueOf(specialReasonForOldMatter),
                String.valueOf(proceedingsLanguage), String.valueOf(maskIdentityNumbers), String.valueOf(oralConsentBy));
        return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
