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

    @Test
    void aRefusedFileNamesItsLineInThatLanguage() {
        fi.valvonta.model.platform.RuleViolationException e = new fi.valvonta.model.platform.RuleViolationException(
                "indicator.share-out-of-range", "file", "line 3: foreignLanguageShare must be within 0..1");
        String share = BundleTexts.textOr(Locale.forLanguageTag("sv"), "error.indicator.share-out-of-range", null);
        assertEquals("Rad 3: " + share, BundleTexts.refusal(e, Locale.forLanguageTag("sv")));
        assertEquals("Rivi 3: " + BundleTexts.textOr(Locale.forLanguageTag("fi"), "error.indicator.share-out-of-range", null),
                BundleTexts.refusal(e, Locale.forLanguageTag("fi")));
        assertEquals(java.util.Optional.empty(), BundleTexts.lineOf("the line 3: is not at the start"));
    }
}
