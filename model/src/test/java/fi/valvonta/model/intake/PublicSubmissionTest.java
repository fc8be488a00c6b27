package fi.valvonta.model.intake;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicSubmissionTest {

    @Test
    void theNamedMunicipalityIsTheSubjectUntil2024AndItsEmploymentAreaFrom2025() {
        PilotArea pilotArea = new PilotArea(1, "Kainuun kuntakokeilu");
        Municipality kajaani = Municipality.pilotMunicipality("Kajaani", null, LanguageStatus.unilingualFinnish(), pilotArea);
        Municipality suomussalmi = Municipality.pilotMunicipality("Suomussalmi", null, LanguageStatus.unilingualFinnish(), pilotArea);
        EmploymentArea kainuu = EmploymentArea.establish("Kainuu-Koillismaa", "Kajanaland-Nordostlandet",
                EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(kajaani, suomussalmi));
        assertEquals(suomussalmi, PublicSubmission.subjectOf(suomussalmi, LocalDate.of(2024, 12, 31)));
        assertEquals(kainuu, PublicSubmission.subjectOf(suomussalmi, LocalDate.of(2025, 1, 1)));
        assertEquals(kainuu, PublicSubmission.subjectOf(kainuu, LocalDate.of(2026, 6, 1)), "an area named is the area");
        assertEquals(suomussalmi, PublicSubmission.subjectOf(suomussalmi, LocalDate.of(2020, 1, 1)),
                "none supervised: the named one, refused by the registration's own rule");
        assertEquals(suomussalmi, PublicSubmission.subjectOf(suomussalmi, null), "no date: the named one (refused as missing)");
    }

    @Test
    void onlyAFilledTrapIsATrap() {
        assertFalse(PublicSubmission.isTrapFilled(null));
        assertFalse(PublicSubmission.isTrapFilled(""));
        assertFalse(PublicSubmission.isTrapFilled("  "));
        assertTrue(PublicSubmission.isTrapFilled("http://spam.example"));
    }

    @Test
    void theSenderIsAnsweredInFinnishSwedishOrEnglishByDefaultInTheProceedingsLanguage() {
        assertEquals(Language.EN, PublicSubmission.contactLanguage(Language.EN, Language.FI));
        assertEquals(Language.SV, PublicSubmission.contactLanguage(null, Language.SV));
        RuleViolationException other = assertThrows(RuleViolationException.class,
                () -> PublicSubmission.contactLanguage(Language.OTHER, Language.FI));
        assertEquals("contactLanguage", other.field());
    }

    @Test
    void theProceedingsAreInFinnishOrSwedish() {
        assertEquals(Language.SV, PublicSubmission.proceedingsLanguage(Language.SV));
        for (Language l : new Language[]{null, Language.EN, Language.SE, Language.OTHER}) {
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> PublicSubmission.proceedingsLanguage(l));
            assertEquals("public-complaint.proceedings-language", e.code());
            assertEquals("proceedingsLanguage", e.field());
        }
    }
}
