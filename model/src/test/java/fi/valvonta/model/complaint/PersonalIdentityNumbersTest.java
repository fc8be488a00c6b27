package fi.valvonta.model.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PersonalIdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010594Y9021", "010594Y9032", "020516C902J", "010501E9032",
            "311299A999E", "290200A002C", "010100+002H", "010594X9021", "020516F902J"})
    void valid(String pin) {
        assertTrue(PersonalIdentityNumbers.isValid(pin), pin);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "131052-308U",   // wrong check character
            "131052-309T",   // individual number changed, check no longer matches
            "310252-308T",   // 31 February
            "290201A002C",   // 29.2.2001 does not exist (and check differs)
            "290200-002C",   // 29.2.1900 does not exist: 1900 is not a leap year
            "131052G308T",   // G is not a century sign
            "131052-000T",   // individual numbers 000-001 are not used
            "131052-308t",   // lower-case check character
            " 131052-308T",  // isValid is for the whole string
            ""})
    void invalid(String pin) {
        assertFalse(PersonalIdentityNumbers.isValid(pin), pin);
    }

    @Test
    void nullIsNotValid() {
        assertFalse(PersonalIdentityNumbers.isValid(null));
    }

    @Test
    void findsOnlyValidNumbersInText() {
        String text = "Hakija 131052-308T ja lapsi 020516C902J; väärä 131052-308U; tilinumero FI2112345600000785";
        assertEquals(List.of("131052-308T", "020516C902J"), PersonalIdentityNumbers.find(text));
    }

    @Test
    void doesNotFindInsideLongerTokens() {
        assertTrue(PersonalIdentityNumbers.find("X131052-308T").isEmpty());
        assertTrue(PersonalIdentityNumbers.find("9131052-308T").isEmpty());
        assertTrue(PersonalIdentityNumbers.find("131052-308TA").isEmpty());
        assertEquals(List.of("131052-308T"), PersonalIdentityNumbers.find("(131052-308T)."));
    }

    @Test
    void masksValidNumbersAndKeepsLookAlikes() {
        String masked = PersonalIdentityNumbers.mask("hetu 131052-308T, uusi 010594Y9021, väärä 131052-308U.");
        assertEquals("hetu ******-****, uusi ******-****, väärä 131052-308U.", masked);
        assertTrue(PersonalIdentityNumbers.find(masked).isEmpty());
    }

    @Test
    void maskHandlesNullAndTextWithoutNumbers() {
        assertNull(PersonalIdentityNumbers.mask(null));
        assertEquals("ei tunnuksia $1 \\", PersonalIdentityNumbers.mask("ei tunnuksia $1 \\"));
        assertTrue(PersonalIdentityNumbers.find(null).isEmpty());
    }
}
