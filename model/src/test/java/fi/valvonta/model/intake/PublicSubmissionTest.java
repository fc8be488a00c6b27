package fi.valvonta.model.intake;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicSubmissionTest {

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
