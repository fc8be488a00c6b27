package fi.valvonta.model.complaint;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Language;

import java.util.Objects;

/** The language (Finnish or Swedish) in which a complaint is processed and decided. */
public final class ProceedingsLanguage {

    private ProceedingsLanguage() {
    }

    public static Language of(Language complainantLanguage, LanguageStatus municipality) {
        Objects.requireNonNull(complainantLanguage, "complainantLanguage");
        Objects.requireNonNull(municipality, "municipality");
        if (complainantLanguage == Language.FI) {
            return Language.FI;
        }
        if (complainantLanguage == Language.SV) {
            // kielilaki 10 §, 12 §: in a bilingual setting the party's own national language
            return municipality.isBilingual() || municipality.isSwedishMajority() ? Language.SV : Language.FI;
        }
        // EN, Sámi, other: kielilaki 12 § — the language of the matter, here the municipality's majority language
        Language majority = municipality.majorityLanguage();
        return majority.isNational() ? majority : Language.FI;
    }

    /** Saamen kielilaki 1086/2003: Sámi language rights apply to authorities in the Sámi homeland. */
    public static boolean samiApplies(LanguageStatus municipality) {
        return municipality.isSamiHomeland();
    }
}
