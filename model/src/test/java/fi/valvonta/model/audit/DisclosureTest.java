package fi.valvonta.model.audit;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DisclosureTest {

    @Test
    void theCallersRecipientAndPurposeWin() {
        Disclosure d = Disclosure.of(" Kela ", "benefit decision", "tarkastaja", "case handling");
        assertEquals("Kela", d.recipient());
        assertEquals("benefit decision", d.purpose());
    }

    @Test
    void blankOnesFallBackToTheDefaults() {
        Disclosure d = Disclosure.of(" ", null, "tarkastaja", "case handling");
        assertEquals("tarkastaja", d.recipient());
        assertEquals("case handling", d.purpose());
    }

    @Test
    void anOverlongPurposeIsRefused() {
        assertEquals("disclosure.purpose", assertThrows(RuleViolationException.class,
                () -> Disclosure.of("x", "p".repeat(Disclosure.PURPOSE_LENGTH + 1), "a", "b")).code());
    }
}
