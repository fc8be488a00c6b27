package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.registry.SupervisionPeriod;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScreeningTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 10);
    private static final SupervisionPeriod OPEN = new SupervisionPeriod(LocalDate.of(2021, 3, 1), null);
    private static final SupervisionPeriod PILOT = LegalRegime.PILOT_1269_2020.fullPeriod();
    private static final long ENTITY = 42L;

    private static ScreeningInput input(LocalDate from, LocalDate to, SupervisionPeriod period, boolean te,
                                        String specialReason, String key, String text, List<ExistingComplaint> existing) {
        return new ScreeningInput(RECEIVED, from, to, period, te, specialReason, key, ENTITY, text, existing);
    }

    private static ScreeningInput conductOn(LocalDate day) {
        return input(day, null, OPEN, false, null, "anna@example.fi", "text", List.of());
    }

    @Test
    void cleanComplaintHasNoFindings() {
        ScreeningResult r = Screening.screen(conductOn(LocalDate.of(2025, 11, 1)));
        assertTrue(r.findings().isEmpty());
        assertFalse(r.hasBlocking());
        assertTrue(r.proposedOutcome().isEmpty());
        assertTrue(r.proposedAction().isEmpty());
    }

    @Test
    void conductExactlyTwoYearsBeforeReceiptIsNotOver() {
        ScreeningResult r = Screening.screen(conductOn(LocalDate.of(2024, 3, 10)));
        assertFalse(r.has(ScreeningCode.CONDUCT_OVER_TWO_YEARS));
    }

    @Test
    void conductTwoYearsAndOneDayBeforeReceiptIsOver() {
        ScreeningResult r = Screening.screen(conductOn(LocalDate.of(2024, 3, 9)));
        ScreeningFinding f = r.first(ScreeningCode.CONDUCT_OVER_TWO_YEARS).orElseThrow();
        assertEquals(ScreeningWeight.BLOCKING, f.weight());
        assertEquals("HL 53 b § 3 mom", f.legalBasis());
        assertTrue(r.hasBlocking());
        assertEquals(NotInvestigatedReason.OVER_TWO_YEARS, r.proposedOutcome().orElseThrow());
        assertEquals(ComplaintAction.PROPOSE_NOT_INVESTIGATED, r.proposedAction().orElseThrow());
    }

    @Test
    void continuingConductCountsFromItsLastDay() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 6, 1), OPEN,
                false, null, null, "", List.of()));
        assertFalse(r.has(ScreeningCode.CONDUCT_OVER_TWO_YEARS));
    }

    @Test
    void specialReasonMakesOldMatterInformational() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2023, 1, 1), null, OPEN, false,
                "systematic practice still affects the complainant", null, "", List.of()));
        assertEquals(ScreeningWeight.INFO, r.first(ScreeningCode.CONDUCT_OVER_TWO_YEARS).orElseThrow().weight());
        assertFalse(r.hasBlocking());
        assertTrue(r.proposedOutcome().isEmpty());
    }

    @Test
    void blankSpecialReasonDoesNotCount() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2023, 1, 1), null, OPEN, false, "  ", null, "", List.of()));
        assertTrue(r.hasBlocking());
    }

    @Test
    void pilotMunicipalityConductBeforePilotIsOutsideCompetence() {
        ScreeningInput in = new ScreeningInput(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 2, 28), null, PILOT,
                false, null, null, ENTITY, "", List.of());
        ScreeningResult r = Screening.screen(in);
        assertEquals(ScreeningWeight.BLOCKING, r.first(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT).orElseThrow().weight());
        assertEquals(NotInvestigatedReason.OUTSIDE_COMPETENCE, r.proposedOutcome().orElseThrow());
        assertEquals(ComplaintAction.TRANSFER, r.proposedAction().orElseThrow());
    }

    @Test
    void pilotMunicipalityFirstAndLastDayAreWithinCompetence() {
        assertFalse(Screening.screen(input(LocalDate.of(2021, 3, 1), null, PILOT, false, null, null, "", List.of()))
                .has(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT));
        assertFalse(Screening.screen(input(LocalDate.of(2024, 12, 31), null, PILOT, false, null, null, "", List.of()))
                .has(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT));
    }

    @Test
    void pilotMunicipalityConductAfterPilotIsOutsideCompetence() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2025, 1, 1), null, PILOT, false, null, null, "", List.of()));
        assertTrue(r.first(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT).orElseThrow().isBlocking());
        assertEquals(NotInvestigatedReason.OUTSIDE_COMPETENCE, r.proposedOutcome().orElseThrow());
    }

    @Test
    void municipalityNeverSupervisedItselfIsOutsideCompetence() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2024, 3, 1), null, null, false, null, null, "", List.of()));
        assertTrue(r.first(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT).orElseThrow().isBlocking());
        assertEquals(ComplaintAction.TRANSFER, r.proposedAction().orElseThrow());
    }

    @Test
    void conductStraddlingPilotEndIsOnlyAWarning() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 1), PILOT,
                false, null, null, "", List.of()));
        assertEquals(ScreeningWeight.WARNING, r.first(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT).orElseThrow().weight());
        assertFalse(r.hasBlocking());
    }

    @Test
    void teOfficeMatterIsTransferred() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2025, 11, 1), null, OPEN, true, null, null, "", List.of()));
        ScreeningFinding f = r.first(ScreeningCode.TE_OFFICE_MATTER).orElseThrow();
        assertTrue(f.isBlocking());
        assertTrue(f.legalBasis().contains("1269/2020"));
        assertEquals(ComplaintAction.TRANSFER, r.proposedAction().orElseThrow());
    }

    @Test
    void competenceIsProposedBeforeAge() {
        ScreeningInput in = new ScreeningInput(LocalDate.of(2024, 6, 1), LocalDate.of(2020, 5, 1), null, PILOT,
                false, null, null, ENTITY, "", List.of());
        ScreeningResult r = Screening.screen(in);
        assertTrue(r.has(ScreeningCode.CONDUCT_OVER_TWO_YEARS));
        assertTrue(r.has(ScreeningCode.ENTITY_NOT_SUPERVISED_AT_CONDUCT));
        assertEquals(NotInvestigatedReason.OUTSIDE_COMPETENCE, r.proposedOutcome().orElseThrow());
    }

    private static ExistingComplaint existing(String key, long entity, LocalDate from, LocalDate to) {
        return new ExistingComplaint(CaseNumber.of("LVV", 7, 2026), key, entity, from, to);
    }

    @Test
    void overlappingComplaintBySameComplainantIsPossibleDuplicate() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 1), OPEN, false,
                null, "anna@example.fi", "",
                List.of(existing("  ANNA@example.fi ", ENTITY, LocalDate.of(2025, 12, 1), null))));
        ScreeningFinding f = r.first(ScreeningCode.POSSIBLE_DUPLICATE).orElseThrow();
        assertEquals(ScreeningWeight.WARNING, f.weight());
        assertTrue(f.detail().contains("LVV/7/2026"));
        assertFalse(r.hasBlocking());
    }

    @Test
    void nonOverlappingOrOtherEntityOrOtherComplainantIsNotDuplicate() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 1), OPEN, false,
                null, "anna@example.fi", "", List.of(
                        existing("anna@example.fi", ENTITY, LocalDate.of(2025, 12, 2), LocalDate.of(2026, 1, 1)),
                        existing("anna@example.fi", ENTITY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30)),
                        existing("anna@example.fi", 43L, LocalDate.of(2025, 11, 1), null),
                        existing("bertta@example.fi", ENTITY, LocalDate.of(2025, 11, 1), null))));
        assertFalse(r.has(ScreeningCode.POSSIBLE_DUPLICATE));
    }

    @Test
    void anonymousComplainantIsNeverDuplicateByKey() {
        List<ExistingComplaint> anonymousExisting = List.of(existing(null, ENTITY, LocalDate.of(2025, 11, 1), null));
        assertFalse(Screening.screen(input(LocalDate.of(2025, 11, 1), null, OPEN, false, null, null, "", anonymousExisting))
                .has(ScreeningCode.POSSIBLE_DUPLICATE));
        assertFalse(Screening.screen(input(LocalDate.of(2025, 11, 1), null, OPEN, false, null, " ", "",
                List.of(existing(" ", ENTITY, LocalDate.of(2025, 11, 1), null)))).has(ScreeningCode.POSSIBLE_DUPLICATE));
    }

    @Test
    void identityNumberInDescriptionIsWarnedWithoutRepeatingIt() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2025, 11, 1), null, OPEN, false, null, null,
                "Asiakas 131052-308T ei saanut palvelua", List.of()));
        ScreeningFinding f = r.first(ScreeningCode.PERSONAL_IDENTITY_NUMBER).orElseThrow();
        assertEquals(ScreeningWeight.WARNING, f.weight());
        assertFalse(f.detail().contains("131052"));
        assertFalse(r.hasBlocking());
    }

    @Test
    void blockingFindingsComeFirst() {
        ScreeningResult r = Screening.screen(input(LocalDate.of(2023, 1, 1), null, OPEN, false, null, null,
                "hetu 131052-308T", List.of()));
        assertEquals(ScreeningCode.CONDUCT_OVER_TWO_YEARS, r.findings().get(0).code());
        assertEquals(ScreeningCode.PERSONAL_IDENTITY_NUMBER, r.findings().get(1).code());
    }

    @Test
    void inputRejectsConductAfterReceiptOrReversedPeriod() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> conductOn(RECEIVED.plusDays(1)));
        assertEquals("conductFrom", e.field());
        assertThrows(RuleViolationException.class, () -> input(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1),
                OPEN, false, null, null, "", List.of()));
    }
}
