package fi.valvonta.model.measure;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Language;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The language(s) of a decision document addressed to a municipality or employment authority
 * (kielilaki 423/2003): the addressee's majority language; a bilingual addressee may also receive
 * the document in the other national language.
 */
public final class DocumentLanguages {

    private DocumentLanguages() {
    }

    public static Set<Language> forAddressee(LanguageStatus status, boolean bothWhenBilingual) {
        Language primary = primaryFor(status);
        Set<Language> languages = EnumSet.of(primary);
        // kielilaki 423/2003: a bilingual municipality (5 §) uses both national languages
        if (bothWhenBilingual && status.isBilingual()) {
            languages.add(primary == Language.FI ? Language.SV : Language.FI);
        }
        return Collections.unmodifiableSet(languages);
    }

    /** The language the document is written in first: Swedish for a Swedish-majority addressee, else Finnish. */
    public static Language primaryFor(LanguageStatus status) {
        Objects.requireNonNull(status, "status");
        if (status.isSwedishMajority()) {
            return Language.SV;
        }
        if (status.majorityLanguage() != Language.FI) {
            throw new IllegalArgumentException("a municipality's majority language is Finnish or Swedish, not "
                    + status.majorityLanguage());
        }
        return Language.FI;
    }
}
