package fi.valvonta.model.search;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {

    private static List<String> terms(SearchQuery q) {
        return q.terms().stream().map(SearchTerm::toString).toList();
    }

    @Test
    void wordsAreLowerCasedAndSplitAtWhatIsNotALetterOrDigit() {
        SearchQuery q = SearchQuery.parse("  Palvelua  Pohjois-Karjala, TYÖTTÖMYYSTURVA; Närpes 2026 ");
        assertEquals(List.of("palvelua", "pohjois", "karjala", "työttömyysturva", "närpes", "2026"), terms(q));
        assertEquals(List.of(), q.caseNumbers());
    }

    @Test
    void oneLetterWordsAndRepeatsAreLeftOut() {
        assertEquals(List.of("ii", "kunta"), terms(SearchQuery.parse("a Ii kunta i KUNTA")));
    }

    @Test
    void aWholeCaseNumberInAnyLetterCase() {
        SearchQuery q = SearchQuery.parse("lvv/12/2026");
        assertEquals(List.of(new CaseNumberQuery("LVV", 12, 2026)), q.caseNumbers());
        assertEquals(List.of(), q.terms());
    }

    @Test
    void serialAndYearAloneMatchAnyPrefix() {
        SearchQuery q = SearchQuery.parse("12/2026 espoo");
        assertEquals(List.of(new CaseNumberQuery(null, 12, 2026)), q.caseNumbers());
        assertEquals(List.of("espoo"), terms(q));
    }

    @Test
    void aCaseNumberEndingASentenceOrInBracketsIsStillOne() {
        assertEquals(List.of(new CaseNumberQuery("LVV", 7, 2025), new CaseNumberQuery("LVV", 8, 2025)),
                SearchQuery.parse("(LVV/7/2025), LVV/8/2025.").caseNumbers());
    }

    @Test
    void whatOnlyLooksLikeACaseNumberIsWords() {
        assertEquals(List.of(), SearchQuery.parse("LVV/12/1999").caseNumbers());
        assertEquals(List.of("lvv", "12", "1999"), terms(SearchQuery.parse("LVV/12/1999")));
        assertEquals(List.of("12", "20261"), terms(SearchQuery.parse("12/20261")));
        assertEquals(List.of("lvv", "12"), terms(SearchQuery.parse("LVV/12")));
    }

    @Test
    void quotesMakeAPhraseAnUnclosedQuoteRunsToTheEnd() {
        SearchQuery q = SearchQuery.parse("Espoo \"ei saatu  palvelua\" kunta \"ruotsiksi");
        assertEquals(List.of("espoo", "\"ei saatu palvelua\"", "kunta", "ruotsiksi"), terms(q));
        assertTrue(q.terms().get(1).phrase());
        assertFalse(q.terms().get(3).phrase());
    }

    @Test
    void aPhraseKeepsItsShortWordsInOrder() {
        assertEquals(List.of("\"a ja b\""), terms(SearchQuery.parse("\"A ja B\"")));
        assertEquals(List.of(), SearchQuery.parse("\"a\" 1/2026").terms());
    }

    @Test
    void symbolsAndControlCharactersAreOnlySeparators() {
        assertEquals(List.of("script", "alert"), terms(SearchQuery.parse("\u0000\uFFFF<script>alert(1)</script>'%_")));
        assertEquals(List.of("drop", "table", "complaint"), terms(SearchQuery.parse("'; DROP TABLE complaint; --")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "!!! ?", "a b c", "\"\"", "%", "\u0000"})
    void nothingToSearchForIsRefused(String text) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> SearchQuery.parse(text));
        assertEquals(SearchQuery.EMPTY, e.code());
        assertEquals("q", e.field());
    }

    @Test
    void aQueryOverTwoHundredCharactersIsRefused() {
        assertEquals(1, SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH)).terms().size());
        assertEquals(1, SearchQuery.parse("  " + "x".repeat(SearchQuery.MAX_LENGTH) + "  ").terms().size());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH + 1)));
        assertEquals(SearchQuery.TOO_LONG, e.code());
        assertEquals("q", e.field());
    }

    @Test
    void moreThanTenTermsAreRefused() {
        assertEquals(10, SearchQuery.parse("aa bb cc dd ee ff gg hh ii jj").terms().size());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> SearchQuery.parse("aa bb cc dd ee ff gg hh ii jj kk"));
        assertEquals(SearchQuery.TOO_MANY_TERMS, e.code());
    }

    @Test
    void withoutTheWordsTheDatabaseIgnores() {
        SearchQuery q = SearchQuery.parse("ja kunta och");
        assertEquals(List.of("kunta"), terms(q.without(Set.of(SearchTerm.word("ja"), SearchTerm.word("och"))).orElseThrow()));
        assertTrue(q.without(q.terms()).isEmpty(), "nothing left to search for");
        SearchQuery number = SearchQuery.parse("LVV/1/2026 ja");
        assertEquals(List.of(), number.without(number.terms()).orElseThrow().terms(), "the case number is still searched");
    }

    @Test
    void aNameIsFoundByAnyOfTheTerms() {
        SearchQuery q = SearchQuery.parse("virtan palvelu");
        assertTrue(q.findsName("Matti Virtanen"));
        assertFalse(q.findsName("Maija Mäkinen"));
        assertFalse(q.findsName(null));
        assertFalse(SearchQuery.parse("LVV/1/2026").findsName("Matti Virtanen"), "a case number finds no name");
    }
}
