package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The business ID's form and check digit, and the postal address a printed letter goes to. */
class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0204819-8", "0201256-6", "1234567-1", "0000000-0", "2464420-6"})
    void issuedIdsPassTheirCheckDigit(String id) {
        assertTrue(BusinessId.isValid(id), id);
        assertEquals(id, new BusinessId(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0204819-7", "0204819-9", "1234567-2", "0204819", "02048198", "0204819-", "020481-98",
            "A204819-8", " 0204819-8", "0204819-8 ", "12345678-9"})
    void aWrongCheckDigitOrFormIsRefused(String id) {
        assertFalse(BusinessId.isValid(id), id);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new BusinessId(id));
        assertEquals(BusinessId.INVALID, e.code());
        assertEquals("businessId", e.field());
    }

    @Test
    void remainderOneIsNeverIssued() {
        // 0000110: 1 × 8 + 1 × 4 = 12, remainder 1
        for (int check = 0; check <= 9; check++) {
            assertFalse(BusinessId.isValid("0000110-" + check), "remainder 1 gives no valid check digit");
        }
    }

    @Test
    void typedInputIsTidied() {
        assertEquals("0204819-8", BusinessId.parse("  0204819-8 ").value());
        assertEquals("0204819-8", BusinessId.parse("204819-8").value(), "an old six-digit ID gets its leading zero");
        assertThrows(RuleViolationException.class, () -> BusinessId.parse(null));
    }

    @Test
    void aPostalAddressIsThreeLinesWithAFiveDigitCode() {
        PostalAddress a = new PostalAddress(" Raatihuoneentori 1 ", "10600", "Tammisaari");
        assertEquals("Raatihuoneentori 1", a.streetAddress());
        assertEquals("TAMMISAARI", a.postOffice());
        assertEquals("Raatihuoneentori 1, 10600 TAMMISAARI", a.toString());
        assertEquals(PostalAddress.INVALID, assertThrows(RuleViolationException.class,
                () -> new PostalAddress("Katu 1", "1060", "Tammisaari")).code());
        assertEquals("streetAddress", assertThrows(RuleViolationException.class,
                () -> new PostalAddress(" ", "10600", "Tammisaari")).field());
        assertEquals("postOffice", assertThrows(RuleViolationException.class,
                () -> new PostalAddress("Katu 1", "10600", "Tammi\nsaari")).field());
    }

    @Test
    void anEntityKeepsItsServiceDetailsAndMayLoseThem() {
        Municipality m = Municipality.pilotMunicipality("Raasepori", "Raseborg", LanguageStatus.unilingualFinnish(),
                new PilotArea(21L, "Raaseporin kuntakokeilu"));
        assertTrue(m.businessId().isEmpty());
        m.recordServiceDetails(BusinessId.parse("0204819-8"), new PostalAddress("Raatihuoneentori 1", "10600", "Tammisaari"));
        assertEquals("0204819-8", m.businessId().orElseThrow().value());
        assertEquals("10600", m.postalAddress().orElseThrow().postalCode());
        m.recordServiceDetails(null, null);
        assertTrue(m.businessId().isEmpty());
        assertTrue(m.postalAddress().isEmpty());
    }
}
