package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupervisionTest {

    private static Municipality pilot(String name, LanguageStatus status) {
        return Municipality.pilotMunicipality(name, null, status, new PilotArea(1, "Testialue"));
    }

    @Test
    void pilotMunicipalityIsSupervisedForThePilotPeriodOnly() {
        Municipality m = pilot("Akaa", LanguageStatus.unilingualFinnish());
        assertEquals(LegalRegime.PILOT_1269_2020, m.regime());
        assertFalse(m.isSupervisedOn(LocalDate.of(2021, 2, 28)));
        assertTrue(m.isSupervisedOn(LocalDate.of(2021, 3, 1)));
        assertTrue(m.isSupervisedOn(LocalDate.of(2024, 12, 31)));
        assertFalse(m.isSupervisedOn(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void periodRefusesEndBeforeStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new SupervisionPeriod(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
        assertTrue(new SupervisionPeriod(LocalDate.of(2025, 1, 1), null).covers(LocalDate.of(2040, 1, 1)));
    }

    @Test
    void employmentAreaIsSupervisedUnder380From2025() {
        Municipality a = pilot("Raasepori", LanguageStatus.parse("fi;sv", "sv", false));
        Municipality b = pilot("Hanko", LanguageStatus.parse("fi;sv", "fi", false));
        EmploymentArea area = EmploymentArea.establish("Länsi-Uusimaa", "Västra Nyland",
                EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(a, b));
        assertEquals(LegalRegime.EMPLOYMENT_AREA_380_2023, area.regime());
        assertEquals(LocalDate.of(2025, 1, 1), area.supervision().from());
        assertFalse(area.isSupervisedOn(LocalDate.of(2024, 12, 31)));
        assertTrue(area.languageStatus().isBilingual());
        assertEquals(area, a.employmentArea().orElseThrow());
        assertEquals(2, area.members().size());
    }

    @Test
    void employmentAreaRulesAreEnforced() {
        Municipality a = pilot("Akaa", LanguageStatus.unilingualFinnish());
        Municipality b = pilot("Urjala", LanguageStatus.unilingualFinnish());
        RuleViolationException none = assertThrows(RuleViolationException.class, () -> EmploymentArea.establish(
                "X", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of()));
        assertEquals("employment-area.no-members", none.code());
        RuleViolationException single = assertThrows(RuleViolationException.class, () -> EmploymentArea.establish(
                "X", null, EmploymentAreaModel.SINGLE_MUNICIPALITY, null, List.of(a, b)));
        assertEquals("memberIds", single.field());
        RuleViolationException early = assertThrows(RuleViolationException.class, () -> EmploymentArea.establish(
                "X", null, EmploymentAreaModel.LEAD_MUNICIPALITY, LocalDate.of(2024, 12, 31), List.of(a)));
        assertEquals("supervisedFrom", early.field());

        EmploymentArea.establish("Ensimmäinen", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(a));
        RuleViolationException taken = assertThrows(RuleViolationException.class, () -> EmploymentArea.establish(
                "Toinen", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(a, b)));
        assertEquals("employment-area.member-taken", taken.code());
        assertTrue(b.employmentArea().isEmpty(), "a refused area leaves its members untouched");
    }
}
