package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertEquals(area, a.employmentAreaOn(LocalDate.of(2025, 1, 1)).orElseThrow());
        assertTrue(a.employmentAreaOn(LocalDate.of(2024, 12, 31)).isEmpty());
        assertEquals(2, area.membersOn(LocalDate.of(2026, 5, 1)).size());
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
        assertTrue(b.memberships().isEmpty(), "a refused area leaves its members untouched");
        assertEquals(1, a.memberships().size());
    }

    private static final LocalDate END_OF_PILOTS = LocalDate.of(2024, 12, 31);
    private static final LocalDate AREAS_START = LocalDate.of(2025, 1, 1);

    @Test
    void pilotMunicipalityAnswersItselfUntil2024AndThroughItsAreaFrom2025() {
        Municipality kajaani = pilot("Kajaani", LanguageStatus.unilingualFinnish());
        Municipality suomussalmi = pilot("Suomussalmi", LanguageStatus.unilingualFinnish());
        EmploymentArea kainuu = EmploymentArea.establish("Kainuu-Koillismaa", "Kajanaland-Nordostlandet",
                EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(kajaani, suomussalmi));

        assertTrue(suomussalmi.supervisedEntityOn(LocalDate.of(2021, 2, 28)).isEmpty(), "before the pilots");
        assertEquals(suomussalmi, suomussalmi.supervisedEntityOn(LocalDate.of(2021, 3, 1)).orElseThrow());
        assertEquals(suomussalmi, suomussalmi.supervisedEntityOn(END_OF_PILOTS).orElseThrow());
        assertEquals(kainuu, suomussalmi.supervisedEntityOn(AREAS_START).orElseThrow());
        assertEquals(kainuu, suomussalmi.supervisedEntityOn(LocalDate.of(2026, 7, 1)).orElseThrow());

        List<MembershipPeriod> history = suomussalmi.history();
        assertEquals(2, history.size());
        assertEquals(MembershipPeriod.Kind.PILOT_AREA, history.get(0).kind());
        assertEquals(LocalDate.of(2021, 3, 1), history.get(0).from());
        assertEquals(END_OF_PILOTS, history.get(0).until());
        assertEquals(MembershipPeriod.Kind.EMPLOYMENT_AREA, history.get(1).kind());
        assertEquals("Kainuu-Koillismaa", history.get(1).areaNameFi());
        assertEquals(AREAS_START, history.get(1).from());
        assertNull(history.get(1).until());
    }

    @Test
    void mergedPilotMunicipalityHasNoArea() {
        // Pertunmaa merged into Mäntyharju on 1.1.2025: a pilot until 2024, then nothing answers for it
        Municipality pertunmaa = pilot("Pertunmaa", LanguageStatus.unilingualFinnish());
        assertEquals(pertunmaa, pertunmaa.supervisedEntityOn(END_OF_PILOTS).orElseThrow());
        assertTrue(pertunmaa.supervisedEntityOn(AREAS_START).isEmpty());
        assertEquals(1, pertunmaa.history().size());
    }

    @Test
    void municipalityThatWasNoPilotIsNeverSupervisedItself() {
        Region kainuu = new Region("18", "Kainuu", "Kajanaland", AdministrativeCourt.POHJOIS_SUOMI);
        Municipality puolanka = Municipality.registered("615", "Puolanka", null, LanguageStatus.unilingualFinnish(), kainuu);
        assertTrue(puolanka.findRegime().isEmpty());
        assertTrue(puolanka.findSupervision().isEmpty());
        assertFalse(puolanka.isSupervisedOn(LocalDate.of(2023, 1, 1)));
        RuleViolationException refused = assertThrows(RuleViolationException.class, puolanka::regime);
        assertEquals(SupervisedEntity.NOT_SUPERVISED, refused.code());
        assertEquals("entityId", refused.field());
        assertTrue(puolanka.supervisedEntityOn(LocalDate.of(2024, 6, 1)).isEmpty());
        assertEquals(AdministrativeCourt.POHJOIS_SUOMI, puolanka.court().orElseThrow());

        EmploymentArea area = EmploymentArea.establish("Kainuu", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null,
                List.of(puolanka));
        assertEquals(area, puolanka.supervisedEntityOn(LocalDate.of(2025, 2, 1)).orElseThrow());
        assertEquals(List.of(MembershipPeriod.Kind.EMPLOYMENT_AREA),
                puolanka.history().stream().map(MembershipPeriod::kind).toList());
    }

    @Test
    void municipalityMovesToANewAreaFromADateAndHistoryIsKept() {
        Municipality a = pilot("Akaa", LanguageStatus.unilingualFinnish());
        Municipality b = pilot("Urjala", LanguageStatus.unilingualFinnish());
        Municipality c = pilot("Hanko", LanguageStatus.parse("fi;sv", "fi", false));
        EmploymentArea old = EmploymentArea.establish("Vanha", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null,
                List.of(a, b, c));
        old.recordLead(a, "explicit", "https://example.invalid/a", LocalDate.of(2025, 6, 1));
        assertTrue(old.languageStatus().isBilingual());

        LocalDate move = LocalDate.of(2027, 1, 1);
        EmploymentArea next = EmploymentArea.establish("Uusi", null, EmploymentAreaModel.LEAD_MUNICIPALITY, move,
                List.of(a, c));
        assertEquals(old, a.employmentAreaOn(move.minusDays(1)).orElseThrow());
        assertEquals(next, a.employmentAreaOn(move).orElseThrow());
        assertEquals(move.minusDays(1), a.memberships().get(0).validUntil().orElseThrow());
        assertEquals(List.of(b), old.membersOn(move));
        assertEquals(3, old.membersOn(move.minusDays(1)).size());
        assertTrue(old.lead().isEmpty(), "the lead left with its membership");
        assertFalse(old.languageStatus().isBilingual(), "the bilingual member left");
        assertTrue(old.isSupervisedOn(move), "a member stays, so does the area");

        // the last member leaves: the old area ends the day before
        LocalDate last = LocalDate.of(2028, 1, 1);
        EmploymentArea.establish("Yksi", null, EmploymentAreaModel.SINGLE_MUNICIPALITY, last, List.of(b));
        assertEquals(last.minusDays(1), old.supervision().until().orElseThrow());
        assertFalse(old.isSupervisedOn(last));

        // history is not rewritten: a later membership already exists
        RuleViolationException earlier = assertThrows(RuleViolationException.class, () -> EmploymentArea.establish(
                "Väliin", null, EmploymentAreaModel.LEAD_MUNICIPALITY, LocalDate.of(2026, 6, 1), List.of(a)));
        assertEquals("employment-area.member-taken", earlier.code());
        assertEquals(2, a.memberships().size());
    }

    @Test
    void leadIsACurrentMemberAndAJointAuthorityHasNone() {
        Municipality a = pilot("Kauhava", LanguageStatus.unilingualFinnish());
        Municipality b = pilot("Lapua", LanguageStatus.unilingualFinnish());
        Municipality outsider = pilot("Seinäjoki", LanguageStatus.unilingualFinnish());
        LocalDate today = LocalDate.of(2026, 3, 1);
        EmploymentArea joint = EmploymentArea.establish("Kymppi", null, EmploymentAreaModel.JOINT_AUTHORITY, null, List.of(a));
        assertEquals("employment-area.joint-authority-has-no-lead", assertThrows(RuleViolationException.class,
                () -> joint.recordLead(a, "explicit", "https://example.invalid", today)).code());

        EmploymentArea led = EmploymentArea.establish("Alue", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(b));
        assertTrue(led.lead().isEmpty());
        assertEquals("employment-area.lead-not-member", assertThrows(RuleViolationException.class,
                () -> led.recordLead(outsider, "explicit", "https://example.invalid", today)).code());
        assertEquals("employment-area.lead-source-required", assertThrows(RuleViolationException.class,
                () -> led.recordLead(b, "explicit", " ", today)).code());
        led.recordLead(b, "recorded by admin", "TEM/2024/18", today);
        assertEquals(b, led.lead().orElseThrow());
        assertEquals("TEM/2024/18", led.leadSource().orElseThrow());

        EmploymentArea single = EmploymentArea.establish("Yksi", null, EmploymentAreaModel.SINGLE_MUNICIPALITY,
                LocalDate.of(2027, 1, 1), List.of(outsider));
        assertEquals(outsider, single.lead().orElseThrow(), "a single municipality leads itself");
    }
}
