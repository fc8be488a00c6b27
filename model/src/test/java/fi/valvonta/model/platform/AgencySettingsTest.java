package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgencySettingsTest {

    @Test
    void prefixFollowsTheSuccessionDate() {
        AgencySettings a = AgencySettings.defaults();
        assertEquals("LSSAVI", a.prefixFor(LocalDate.of(2025, 12, 31)));
        assertEquals("LVV", a.prefixFor(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void nameByLanguage() {
        AgencySettings a = AgencySettings.defaults();
        assertEquals("Lupa- ja valvontavirasto", a.nameIn(Language.FI));
        assertEquals("Tillstånds- och tillsynsverket", a.nameIn(Language.SV));
        assertEquals("Finnish Permit and Supervision Agency", a.nameIn(Language.EN));
    }

    @Test
    void prefixIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> new AgencySettings("a", "b", "c", "lvv", "LSSAVI",
                LocalDate.of(2026, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new AgencySettings("a", "b", "c", "LVV", "L/S",
                LocalDate.of(2026, 1, 1)));
    }
}
