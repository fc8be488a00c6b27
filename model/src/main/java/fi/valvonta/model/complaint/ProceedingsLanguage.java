package fi.valvonta.model.complaint;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Language;

import java.util.Objects;

/**
 * The language (Finnish or Swedish) in which a complaint is processed and decided, and what follows
 * from it. The agency is a state authority: before it everyone may use Finnish or Swedish wherever the
 * municipality is (kielilaki 423/2003 10 § 1 mom), and a matter brought by a private party is handled in
 * the party's language (12 §), so the municipality's language status does not narrow the choice.
 */
public final class ProceedingsLanguage {

    private ProceedingsLanguage() {
    }

    public static Language of(Language complainantLanguage, LanguageStatus municipality) {
        Objects.requireNonNull(complainantLanguage, "complainantLanguage");
        Objects.requireNonNull(municipality, "municipality");
        if (complainantLanguage.isNational()) {
            // kielilaki 10 § 1 mom, 12 §: a state authority, so the complainant's own national language
            return complainantLanguage;
        }
        // EN, Sámi, other: kielilaki 12 § — the language of the matter, here the municipality's majority language
        Language majority = municipality.majorityLanguage();
        return majority.isNational() ? majority : Language.FI;
    }

    /**
     * Kielilaki 20 §: the proceedings are in a language that is not one of the municipality's official
     * languages, so the complaint and the decision need translating for the municipality.
     */
    public static boolean translationNeeded(Language proceedings, LanguageStatus municipality) {
        return !municipality.officialLanguages().contains(proceedings);
    }

    /** Saamen kielilaki 1086/2003: Sámi language rights apply to authorities in matters of the Sámi homeland. */
    public static boolean samiApplies(LanguageStatus municipality) {
        return municipality.isSamiHomeland();
    }
}
