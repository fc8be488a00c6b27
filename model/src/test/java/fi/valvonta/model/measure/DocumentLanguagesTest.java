package fi.valvonta.model.measure;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Language;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static fi.valvonta.model.platform.Language.FI;
import static fi.valvonta.model.platform.Language.SV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentLanguagesTest {

    static final LanguageStatus TAMPERE = LanguageStatus.unilingualFinnish();
    static final LanguageStatus NARPES = new LanguageStatus(EnumSet.of(SV), SV, false);
    static final LanguageStatus HELSINKI = new LanguageStatus(EnumSet.of(FI, SV), FI, false);
    static final LanguageStatus RASEBORG = new LanguageStatus(EnumSet.of(FI, SV), SV, false);

    @Test
    void unilingualGetsItsLanguageOnly() {
        assertEquals(Set.of(FI), DocumentLanguages.forAddressee(TAMPERE, true));
        assertEquals(Set.of(SV), DocumentLanguages.forAddressee(NARPES, true));
    }

    @Test
    void bilingualFinnishMajorityGetsFinnishOrBoth() {
        assertEquals(Set.of(FI), DocumentLanguages.forAddressee(HELSINKI, false));
        assertEquals(Set.of(FI, SV), DocumentLanguages.forAddressee(HELSINKI, true));
    }

    @Test
    void swedishMajorityGetsSwedishOrBoth() {
        assertEquals(Set.of(SV), DocumentLanguages.forAddressee(RASEBORG, false));
        assertEquals(SV, DocumentLanguages.primaryFor(RASEBORG));
        assertEquals(Set.of(SV, FI), DocumentLanguages.forAddressee(RASEBORG, true));
    }

    @Test
    void nonNationalMajorityIsRejected() {
        LanguageStatus odd = new LanguageStatus(EnumSet.of(FI, Language.SE), Language.SE, true);
        assertThrows(IllegalArgumentException.class, () -> DocumentLanguages.forAddressee(odd, false));
    }
}
