package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class CaseNumberTest {

    @Test
    void parseAndFormat() {
        CaseNumber c = CaseNumber.parse("LVV/12/2026");
        assertEquals("LVV", c.prefix());
        assertEquals(12, c.serial());
        assertEquals(2026, c.year());
        assertEquals("LVV/12/2026", c.toString());
        assertEquals(c, CaseNumber.parse(" LVV/12/2026 "));
    }

    @Test
    void equalityAndHash() {
        assertEquals(CaseNumber.of("LSSAVI", 1, 2024), CaseNumber.of("LSSAVI", 1, 2024));
        assertEquals(CaseNumber.of("LSSAVI", 1, 2024).hashCode(), CaseNumber.of("LSSAVI", 1, 2024).hashCode());
        assertNotEquals(CaseNumber.of("LSSAVI", 1, 2024), CaseNumber.of("LSSAVI", 1, 2025));
        assertNotEquals(CaseNumber.of("LSSAVI", 1, 2024), CaseNumber.of("LVV", 1, 2024));
    }

    @Test
    void orderByPrefixYearSerial() {
        assertTrue(CaseNumber.parse("LVV/9/2026").compareTo(CaseNumber.parse("LVV/10/2026")) < 0);
        assertTrue(CaseNumber.parse("LVV/99/2025").compareTo(CaseNumber.parse("LVV/1/2026")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LVV/12", "lvv/12/2026", "L/12/2026", "LVV/0/2026", "LVV/012/2026", "LVV/12/1999",
            "LVV/12/2101", "LVV-12-2026", "LVV/12/2026/1", "ABCDEFGHIJKLMNOPQ/1/2026", "LVV/-1/2026", "LVV/9999999999/2026"})
    void invalidTextIsRejected(String text) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> CaseNumber.parse(text));
        assertEquals(CaseNumber.INVALID, e.code());
        assertEquals("caseNumber", e.field());
    }

    @Test
    void invalidPartsAreRejected() {
        assertThrows(RuleViolationException.class, () -> CaseNumber.of(null, 1, 2026));
        assertThrows(RuleViolationException.class, () -> CaseNumber.of("LV1", 1, 2026));
        assertThrows(RuleViolationException.class, () -> CaseNumber.of("LVV", 0, 2026));
        assertThrows(RuleViolationException.class, () -> CaseNumber.of("LVV", 1, 2101));
        assertThrows(RuleViolationException.class, () -> CaseNumber.parse(null));
        assertEquals("ABCDEFGHIJKLMNOP/1/2000", CaseNumber.of("ABCDEFGHIJKLMNOP", 1, 2000).toString());
        assertEquals("LVV/1/2100", CaseNumber.of("LVV", 1, 2100).toString());
    }

    @Test
    void findIsParseWithoutTheRefusal() {
        assertEquals(java.util.Optional.of(CaseNumber.of("LVV", 12, 2026)), CaseNumber.find(" LVV/12/2026 "));
        assertTrue(CaseNumber.find("LVV/12/1999").isEmpty());
        assertTrue(CaseNumber.find("lvv/12/2026").isEmpty());
        assertTrue(CaseNumber.find(null).isEmpty());
    }
}
