package fi.valvonta.web.i18n;

import fi.valvonta.model.platform.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language an API answer is written in, and a refusal's text in it. */
class BundleTextsTest {

    @Test
    void theFirstOfFinnishSwedishAndEnglishTheClientAcceptsElseFinnish() {
        assertEquals("sv", BundleTexts.languageOf(List.of(Locale.forLanguageTag("sv-FI"), Locale.ENGLISH)).getLanguage());
        assertEquals("en", BundleTexts.languageOf(List.of(Locale.GERMAN, Locale.forLanguageTag("en-GB"))).getLanguage());
        assertEquals("fi", BundleTexts.languageOf(List.of(Locale.GERMAN)).getLanguage());
        assertEquals("fi", BundleTexts.languageOf(List.of()).getLanguage());
        assertEquals("fi", BundleTexts.languageOf(null).getLanguage());
    }

    @Test
    void aRefusalIsTheBundlesTextInThatLanguage() {
        ConflictException e = new ConflictException("complaint.illegal-transition", "Cannot request-statement a REGISTERED complaint");
        String fi = BundleTexts.refusal(e, Locale.forLanguageTag("fi"));
        String sv = BundleTexts.refusal(e, Locale.forLanguageTag("sv"));
        String en = BundleTexts.refusal(e, Locale.forLanguageTag("en"));
        assertEquals(BundleTexts.textOr(Locale.forLanguageTag("sv"), "error.complaint.illegal-transition", null), sv);
        assertEquals(3, List.of(fi, sv, en).stream().distinct().count(), fi + " | " + sv + " | " + en);
        assertEquals("no text for this", BundleTexts.refusal(new ConflictException("nothing.known", "no text for this"),
                Locale.forLanguageTag("en")), "without a text, the rule's own message");
    }
}
