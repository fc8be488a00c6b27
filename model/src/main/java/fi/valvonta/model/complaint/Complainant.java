package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.SamiLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;
import java.util.Optional;

/**
 * Who complains (kantelija). HL 53 a §: anyone may complain, also anonymously; a representative acts
 * on a power of attorney (HL 12 §). Immutable.
 */
@Embeddable
public class Complainant {

    public static final int NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;
    public static final int ADDRESS_LENGTH = 400;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Column(name = "complainant_name", length = NAME_LENGTH)
    private String name;

    @Column(name = "complainant_email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "complainant_phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "complainant_address", length = ADDRESS_LENGTH)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_language", nullable = false, length = 8)
    private Language language;

    /** Saamen kielilaki 1086/2003: the complainant's Sámi language, when they use one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_sami_language", length = 16)
    private SamiLanguage samiLanguage;

    @Column(name = "representative_name", length = NAME_LENGTH)
    private String representativeName;

    @Column(name = "power_of_attorney", nullable = false)
    private boolean powerOfAttorney;

    protected Complainant() {
        // for JPA
    }

    private Complainant(boolean anonymous, String name, String email, String phone, String address, Language language,
                        String representativeName, boolean powerOfAttorney) {
        this.anonymous = anonymous;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.language = language;
        this.representativeName = representativeName;
        this.powerOfAttorney = powerOfAttorney;
    }

    /**
     * A complainant as entered. An anonymous complainant has no name and no contact details (they are
     * dropped); a named one needs a name. A power of attorney is only recorded for a representative.
     */
    public static Complainant of(boolean anonymous, String name, String email, String phone, String address,
                                 Language language, String representativeName, boolean powerOfAttorney) {
        return of(anonymous, name, email, phone, address, language, null, representativeName, powerOfAttorney);
    }

    /** As above, with the complainant's Sámi language (null: none). */
    public static Complainant of(boolean anonymous, String name, String email, String phone, String address,
                                 Language language, SamiLanguage samiLanguage, String representativeName,
                                 boolean powerOfAttorney) {
        Complainant c = of0(anonymous, name, email, phone, address, language, representativeName, powerOfAttorney);
        c.samiLanguage = samiLanguage;
        return c;
    }

    private static Complainant of0(boolean anonymous, String name, String email, String phone, String address,
                                   Language language, String representativeName, boolean powerOfAttorney) {
        Objects.requireNonNull(language, "language");
        String rep = clean(representativeName);
        if (anonymous) {
            if (rep != null) {
                throw new RuleViolationException("complaint.anonymous-with-representative", "complainant.representativeName",
                        "an anonymous complainant has no representative");
            }
            return new Complainant(true, null, null, null, null, language, null, false);
        }
        String n = clean(name);
        if (n == null) {
            throw new RuleViolationException("complaint.complainant-name-required", "complainant.name",
                    "a complainant who is not anonymous is named");
        }
        return new Complainant(false, n, clean(email), clean(phone), clean(address), language, rep,
                rep != null && powerOfAttorney);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Normalised key for the duplicate check: the e-mail address, else the name; null when anonymous. */
    public String duplicateKey() {
        return anonymous ? null : Screening.normaliseComplainantKey(email != null ? email : name);
    }

    public boolean isAnonymous() { return anonymous; }
    public String name() { return name; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String address() { return address; }
    public Language language() { return language; }
    public Optional<SamiLanguage> samiLanguage() { return Optional.ofNullable(samiLanguage); }
    public String representativeName() { return representativeName; }
    public boolean hasPowerOfAttorney() { return powerOfAttorney; }
}
