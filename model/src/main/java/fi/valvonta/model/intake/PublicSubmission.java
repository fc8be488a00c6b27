package fi.valvonta.model.intake;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.SupervisedEntity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Rules of a complaint sent through the public e-service form, besides those of every complaint.
 * HL 53 a §; laki 13/2003 10 § 1 mom: a complaint sent through the e-service is a written complaint, received
 * on the day it is available to the agency in its system (the day of sending); 12 §: its receipt is
 * acknowledged without delay, automatically (the receipt page and the e-mail receipt).
 */
public final class PublicSubmission {

    /** The languages the e-service speaks; the language of proceedings is Finnish or Swedish (kielilaki 10 §). */
    public static final Set<Language> CONTACT_LANGUAGES = Set.of(Language.FI, Language.SV, Language.EN);

    /** Longest value of the trap field that is still read (anything longer is a filled trap too). */
    public static final int TRAP_LENGTH = 2000;

    private PublicSubmission() {
    }

    /**
     * The trap field (a honeypot) is hidden from people and from assistive technology: only a machine fills it.
     * A filled trap is answered as if the complaint was taken, and nothing is stored.
     */
    public static boolean isTrapFilled(String trap) {
        return trap != null && !trap.isBlank();
    }

    /** The language the sender is answered in: Finnish, Swedish or English; by default the proceedings'. */
    public static Language contactLanguage(Language chosen, Language proceedings) {
        Language language = chosen != null ? chosen : proceedings;
        if (language == null || !CONTACT_LANGUAGES.contains(language)) {
            throw new RuleViolationException("public-complaint.contact-language", "contactLanguage",
                    "the e-service answers in Finnish, Swedish or English");
        }
        return language;
    }

    /** Kielilaki 10 §: the sender chooses the language of proceedings, Finnish or Swedish. */
    public static Language proceedingsLanguage(Language chosen) {
        // kielilaki 10 §: Finnish or Swedish, as the sender chooses
        if (chosen == null || !chosen.isNational()) {
            throw new RuleViolationException("public-complaint.proceedings-language", "proceedingsLanguage",
                    "the language of proceedings is Finnish or Swedish");
        }
        return chosen;
    }

    /**
     * The sender names the municipality where the matter arose (or an employment area); the complaint is about
     * the entity supervised for that conduct on {@code conductFrom}: a pilot municipality up to 2024, its
     * employment area from 2025. A member of the public cannot be asked to know which; a registrar can
     * (there the rule refuses, {@code complaint.conduct-supervised-as-area}). Where none was supervised, the
     * named entity stays, and the registration's own rules answer.
     */
    public static SupervisedEntity subjectOf(SupervisedEntity named, LocalDate conductFrom) {
        // laki 1269/2020 ended 31.12.2024; from 1.1.2025 the employment area is supervised (laki 380/2023)
        if (named instanceof Municipality m && conductFrom != null) {
            return m.supervisedEntityOn(conductFrom).orElse(named);
        }
        return named;
    }
}
