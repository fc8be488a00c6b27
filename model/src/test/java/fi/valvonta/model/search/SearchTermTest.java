package fi.valvonta.model.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTermTest {

    @Test
    void aWordIsFoundAnywhereInAName() {
        assertTrue(SearchTerm.word("virta").matchesName("Matti Virtanen"));
        assertTrue(SearchTerm.word("anen").matchesName("Matti Virtanen"));
        assertTrue(SearchTerm.word("raseborg").matchesName("Raseborg"));
        assertFalse(SearchTerm.word("virtala").matchesName("Matti Virtanen"));
    }

    @Test
    void anInflectedFormOfAPlaceNameIsFound() {
        assertTrue(SearchTerm.word("raaseporin").matchesPlaceName("Raasepori"));
        assertTrue(SearchTerm.word("espoossa").matchesPlaceName("Espoo"));
        assertTrue(SearchTerm.word("espooseen").matchesPlaceName("Espoo"));
        assertTrue(SearchTerm.word("raseborg").matchesPlaceName("Raseborg"), "as written");
        // a short name word would match too much: "iin" is not taken for Ii
        assertFalse(SearchTerm.word("iin").matchesPlaceName("Ii"));
        // nor a longer word that merely begins with the name
        assertFalse(SearchTerm.word("espoolainen").matchesPlaceName("Espoo"));
    }

    @Test
    void aPersonsNameIsNotInflected() {
        assertFalse(SearchTerm.word("hakulinen").matchesName("IT haku-1a2b"));
        assertFalse(SearchTerm.word("raaseporin").matchesName("Raasepori"));
        assertFalse(SearchTerm.word("hakulinen").matchesPlaceName("IT haku-1a2b"), "more than a case ending");
    }

    @Test
    void aPhraseIsFoundAsConsecutiveWords() {
        SearchTerm phrase = new SearchTerm(List.of("pohjois", "karjala"));
        assertTrue(phrase.matchesName("Pohjois-Karjalan työllisyysalue"));
        assertFalse(phrase.matchesName("Karjala, Pohjois"));
        assertFalse(new SearchTerm(List.of("pohjois", "karjalan", "alue")).matchesName("Pohjois-Karjala"));
        assertFalse(new SearchTerm(List.of("pohjois", "karjalan")).matchesPlaceName("Pohjois-Karjala"), "a phrase as written");
    }

    @Test
    void likePatternsHoldNothingToEscape() {
        assertEquals("%ei saatu%", new SearchTerm(List.of("ei", "saatu")).likePattern());
        assertThrows(IllegalArgumentException.class, () -> SearchTerm.word("50%"));
        assertThrows(IllegalArgumentException.class, () -> SearchTerm.word("Iso"));
        assertThrows(IllegalArgumentException.class, () -> new SearchTerm(List.of()));
    }

    @Test
    void lowerCasingThatAddsAMarkLeavesALetter() {
        assertEquals(List.of("istanbul"), SearchTerm.split("İstanbul"));
    }
}
