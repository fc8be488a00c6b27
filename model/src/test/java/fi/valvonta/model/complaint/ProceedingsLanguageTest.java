package fi.valvonta.model.complaint;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Language;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.*;

class ProceedingsLanguageTest {

    private static final LanguageStatus FINNISH = LanguageStatus.unilingualFinnish();
    private static final LanguageStatus BILINGUAL_FI = new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.FI, false);
    private static final LanguageStatus RAASEPORI = new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.SV, false);
    private static final LanguageStatus SODANKYLA = new LanguageStatus(EnumSet.of(Language.FI), Language.FI, true);

    @Test
    void swedishComplainantGetsSwedishWhateverTheMunicipality() {
        // kielilaki 10 § 1 mom: the agency is a state authority, so the municipality's status does not matter
        assertEquals(Language.SV, ProceedingsLanguage.of(Language.SV, BILINGUAL_FI));
        assertEquals(Language.SV, ProceedingsLanguage.of(Language.SV, RAASEPORI));
        assertEquals(Language.SV, ProceedingsLanguage.of(Language.SV, FINNISH));
        assertEquals(Language.SV, ProceedingsLanguage.of(Language.SV, SODANKYLA));
    }

    @Test
    void translationIsNeededWhereTheMunicipalityHasNotTheLanguage() {
        assertTrue(ProceedingsLanguage.translationNeeded(Language.SV, FINNISH));
        assertFalse(ProceedingsLanguage.translationNeeded(Language.SV, BILINGUAL_FI));
        assertFalse(ProceedingsLanguage.translationNeeded(Language.FI, RAASEPORI));
        assertFalse(ProceedingsLanguage.translationNeeded(Language.FI, FINNISH));
    }

    @Test
    void finnishComplainantAlwaysFinnish() {
        assertEquals(Language.FI, ProceedingsLanguage.of(Language.FI, RAASEPORI));
        assertEquals(Language.FI, ProceedingsLanguage.of(Language.FI, FINNISH));
    }

    @Test
    void otherLanguagesGetMajorityLanguage() {
        assertEquals(Language.SV, ProceedingsLanguage.of(Language.EN, RAASEPORI));
        assertEquals(Language.FI, ProceedingsLanguage.of(Language.EN, BILINGUAL_FI));
        assertEquals(Language.SV, ProceedingsLanguage.of(Language.OTHER, RAASEPORI));
        assertEquals(Language.FI, ProceedingsLanguage.of(Language.SE, SODANKYLA));
    }

    @Test
    void samiAppliesInHomeland() {
        assertTrue(ProceedingsLanguage.samiApplies(SODANKYLA));
        assertFalse(ProceedingsLanguage.samiApplies(FINNISH));
    }
}
