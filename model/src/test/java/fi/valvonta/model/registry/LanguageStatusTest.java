package fi.valvonta.model.registry;

import fi.valvonta.model.platform.Language;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageStatusTest {

    @Test
    void parsesRegistryCodes() {
        LanguageStatus raasepori = LanguageStatus.parse("fi;sv", "sv", false);
        assertTrue(raasepori.isBilingual());
        assertTrue(raasepori.isSwedishMajority());
        assertEquals(EnumSet.of(Language.FI, Language.SV), raasepori.officialLanguages());
    }

    @Test
    void unilingualFinnishIsNeitherBilingualNorSwedish() {
        LanguageStatus s = LanguageStatus.unilingualFinnish();
        assertFalse(s.isBilingual());
        assertFalse(s.isSwedishMajority());
        assertFalse(s.isSamiHomeland());
    }

    @Test
    void majorityMustBeAnOfficialLanguage() {
        assertThrows(IllegalArgumentException.class, () -> LanguageStatus.parse("fi", "sv", false));
        assertThrows(IllegalArgumentException.class, () -> LanguageStatus.parse("", "fi", false));
    }

    @Test
    void combinedAuthorityIsBilingualIfAnyMemberIs() {
        LanguageStatus combined = LanguageStatus.combine(List.of(
                LanguageStatus.unilingualFinnish(), LanguageStatus.parse("fi;sv", "fi", false)));
        assertTrue(combined.isBilingual());
        assertEquals(Language.FI, combined.majorityLanguage());
    }

    @Test
    void combinedMajorityFollowsMostMembersAndSamiIfAny() {
        LanguageStatus sv = LanguageStatus.parse("fi;sv", "sv", false);
        LanguageStatus combined = LanguageStatus.combine(List.of(sv, sv, LanguageStatus.parse("fi", "fi", true)));
        assertEquals(Language.SV, combined.majorityLanguage());
        assertTrue(combined.isSamiHomeland());
        assertEquals(Language.FI, LanguageStatus.combine(List.of(sv, LanguageStatus.unilingualFinnish())).majorityLanguage(),
                "a tie is not a Swedish majority");
    }

    @Test
    void equalityIsByValue() {
        assertEquals(LanguageStatus.parse("sv;fi", "fi", false), LanguageStatus.parse("fi;sv", "fi", false));
    }
}
