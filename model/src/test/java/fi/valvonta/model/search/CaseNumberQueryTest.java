package fi.valvonta.model.search;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseNumberQueryTest {

    @Test
    void aWholeNumberMatchesItselfOnly() {
        CaseNumberQuery q = CaseNumberQuery.find("Lvv/12/2026").orElseThrow();
        assertEquals("LVV/12/2026", q.toString());
        assertEquals("LVV/12/2026", q.likePattern());
        assertTrue(q.matches("LVV/12/2026"));
        assertFalse(q.matches("ESAVI/12/2026"));
        assertFalse(q.matches(null));
    }

    @Test
    void serialAndYearMatchUnderAnyPrefix() {
        CaseNumberQuery q = CaseNumberQuery.find("12/2026").orElseThrow();
        assertEquals(Optional.empty(), q.wholePrefix());
        assertEquals("%/12/2026", q.likePattern());
        assertTrue(q.matches("LVV/12/2026"));
        assertTrue(q.matches("ESAVI/12/2026"));
        assertFalse(q.matches("LVV/112/2026"));
    }

    @Test
    void notANumber() {
        assertEquals(Optional.empty(), CaseNumberQuery.find("12/26"));
        assertEquals(Optional.empty(), CaseNumberQuery.find("0/2026"));
        assertEquals(Optional.empty(), CaseNumberQuery.find("12/1999"));
        assertEquals(Optional.empty(), CaseNumberQuery.find("L/12/2026"));
        assertEquals(Optional.empty(), CaseNumberQuery.find(""));
        assertThrows(RuleViolationException.class, () -> new CaseNumberQuery("lvv", 1, 2026));
    }
}
