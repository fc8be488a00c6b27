package fi.valvonta.model.measure;

import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.Disqualification;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.Region;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of law on a measure's service, enforcement and appeal, each as the aggregate applies it. */
class MeasureLegalRulesTest {

    private static final Instant NOW = Instant.parse("2024-10-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final LocalDate DECIDED = LocalDate.of(2024, 10, 1);
    private static final int MIN_DAYS = 14;

    private final PilotArea area = new PilotArea(14L, "Tampereen seudun kuntakokeilu");
    private final Municipality tampere = Municipality.pilotMunicipality("Tampere", "Tammerfors",
            LanguageStatus.unilingualFinnish(), area);

    private MeasureCase newCase() {
        return new MeasureCase("LVV/3/2024", tampere, "Viiveet", MeasureOrigin.OWN_INITIATIVE, null, null, null, null,
                "tarkastaja", LocalDate.of(2024, 8, 1), NOW);
    }

    private static MeasureContent content(MeasureType type, LocalDate deadline) {
        return new MeasureContent("f", "l", "r", "d", deadline, null,
                type == MeasureType.REMARK ? MeasureAddressee.ENTITY : null, null, null, null);
    }

    private Measure decidedOrder(LocalDate deadline, MeasureContent content) {
        Measure m = Measure.draft(newCase(), MeasureType.ORDER, content, null, "tarkastaja", NOW);
        m.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), TODAY);
        m.propose("tarkastaja", TODAY, NOW);
        m.decide("ratkaisija", Set.of(Role.DECISION_MAKER), DECIDED, TODAY, NOW, null, null);
        return m;
    }

    private Measure decidedOrder(LocalDate deadline) {
        return decidedOrder(deadline, content(MeasureType.ORDER, deadline));
    }

    @Test
    void aDisqualifiedOfficialIsNotOfferedToPresentOrDecide() {
        Measure draft = Measure.draft(newCase(), MeasureType.ORDER, content(MeasureType.ORDER, LocalDate.of(2024, 11, 29)),
                null, "tarkastaja", NOW);
        draft.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), TODAY);
        Disqualifications tarkastajaDisqualified = Disqualifications.of(List.of(Disqualification.declare("LVV/3/2024",
                "tarkastaja", DisqualificationGround.INTEREST, null, NOW)));
        assertTrue(draft.allowedActions(Set.of(Role.INSPECTOR), "tarkastaja", Disqualifications.none())
                .contains(MeasureAction.PROPOSE));
        assertFalse(draft.allowedActions(Set.of(Role.INSPECTOR), "tarkastaja", tarkastajaDisqualified)
                .contains(MeasureAction.PROPOSE));

        draft.propose("tarkastaja", TODAY, NOW);
        Disqualifications ratkaisijaDisqualified = Disqualifications.of(List.of(Disqualification.declare("LVV/3/2024",
                "ratkaisija", DisqualificationGround.PARTY, null, NOW)));
        assertTrue(draft.allowedActions(Set.of(Role.DECISION_MAKER), "ratkaisija", Disqualifications.none())
                .contains(MeasureAction.DECIDE));
        assertFalse(draft.allowedActions(Set.of(Role.DECISION_MAKER), "ratkaisija", ratkaisijaDisqualified)
                .contains(MeasureAction.DECIDE));
    }

    @Test
    void orderServedByOrdinaryLetterIsRefused() {
        Measure m = decidedOrder(LocalDate.of(2024, 11, 29));
        RuleViolationException e = assertRefused(ServiceRules.VERIFIED_SERVICE_REQUIRED,
                () -> m.serve(ServiceMethod.ORDINARY_LETTER, LocalDate.of(2024, 10, 2), TODAY, MIN_DAYS));
        assertTrue(e.getMessage().contains("hallintolaki 60 §"), e.getMessage());
        assertEquals(MeasureState.DECIDED, m.state());
        m.serve(ServiceMethod.VERIFIED_LETTER, LocalDate.of(2024, 10, 4), TODAY, MIN_DAYS);
        assertEquals(LocalDate.of(2024, 10, 4), m.servedOn());
    }

    @Test
    void orderWhoseDeadlineLeavesTooLittleTimeAfterServiceIsNotServed() {
        // 4.10.2024 (Fri) → 23.10.2024 (Wed): 13 working days; 24.10. would be 14
        Measure close = decidedOrder(LocalDate.of(2024, 10, 23));
        assertRefused("measure.order-deadline-too-close",
                () -> close.serve(ServiceMethod.VERIFIED_LETTER, LocalDate.of(2024, 10, 4), TODAY, MIN_DAYS));
        close.serve(ServiceMethod.VERIFIED_LETTER, LocalDate.of(2024, 10, 4), TODAY, 13);

        Measure passed = decidedOrder(LocalDate.of(2024, 10, 10));
        assertRefused("measure.order-deadline-passed",
                () -> passed.serve(ServiceMethod.IN_PERSON, LocalDate.of(2024, 10, 11), TODAY, MIN_DAYS));
        Measure enough = decidedOrder(LocalDate.of(2024, 10, 24));
        enough.serve(ServiceMethod.VERIFIED_LETTER, LocalDate.of(2024, 10, 4), TODAY, MIN_DAYS);
    }

    @Test
    void notwithstandingAppealOnlyWithAReason() {
        MeasureContent without = new MeasureContent("f", "l", "r", "d", LocalDate.of(2024, 12, 31), null, null, null,
                null, null, null, null, null, true, " ");
        RuleViolationException e = assertRefused("measure.notwithstanding-appeal-reason-missing",
                () -> Measure.draft(newCase(), MeasureType.ORDER, without, null, "t", NOW));
        assertEquals("notwithstandingAppealReason", e.field());
        MeasureContent with = new MeasureContent("f", "l", "r", "d", LocalDate.of(2024, 12, 31), null, null, null,
                null, null, null, null, null, true, "Asiakkaiden oikeudet vaarantuvat.");
        Measure m = decidedOrder(LocalDate.of(2024, 12, 31), with);
        assertTrue(m.notwithstandingAppeal());
        m.serve(ServiceMethod.VERIFIED_LETTER, LocalDate.of(2024, 10, 4), TODAY, MIN_DAYS);
        assertEquals(LocalDate.of(2024, 10, 4), m.enforceableFrom().orElseThrow(), "enforceable from service");
    }

    @Test
    void presumedServiceDateIsRebuttedAndTheAppealPeriodFollows() {
        Measure remark = Measure.draft(newCase(), MeasureType.REMARK,
                new MeasureContent("f", "l", "r", "d", null, null, MeasureAddressee.OFFICIAL, "Päällikkö", null, null),
                null, "t", NOW);
        remark.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), TODAY);
        remark.propose("t", TODAY, NOW);
        remark.decide("ratkaisija", Set.of(Role.DECISION_MAKER), DECIDED, TODAY, NOW, null, null);
        // a named official is a person: an ordinary letter is deemed received on the 7th day
        remark.serve(ServiceMethod.ORDINARY_LETTER, LocalDate.of(2024, 10, 2), TODAY, MIN_DAYS);
        assertEquals(LocalDate.of(2024, 10, 9), remark.servedOn());
        remark.rebutServiceDate(LocalDate.of(2024, 10, 14), TODAY);
        assertEquals(LocalDate.of(2024, 10, 14), remark.servedOn());
        assertEquals(LocalDate.of(2024, 10, 14), remark.finalOn());

        Measure order = decidedOrder(LocalDate.of(2024, 12, 31));
        order.serve(ServiceMethod.VERIFIED_LETTER, LocalDate.of(2024, 10, 4), TODAY, MIN_DAYS);
        assertRefused("measure.service-not-presumed", () -> order.rebutServiceDate(LocalDate.of(2024, 10, 8), TODAY));
    }

    @Test
    void finalityFollowsTheCourtsDecision() {
        Measure m = decidedOrder(LocalDate.of(2024, 12, 31));
        m.serve(ServiceMethod.VERIFIED_ELECTRONIC, LocalDate.of(2024, 10, 4), TODAY, MIN_DAYS);
        m.recordAppeal(LocalDate.of(2024, 10, 30));
        assertNull(m.finalOn());
        assertFalse(m.enforceableFrom().isPresent(), "not enforceable while the appeal is pending");
        // received 5.3.2025: the period for leave to appeal ends 4.4.2025; final the day after
        m.recordCourtOutcome(CourtOutcome.INADMISSIBLE, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5), TODAY);
        assertEquals(LocalDate.of(2025, 4, 5), m.finalOn());
        m.recordFurtherAppeal(LocalDate.of(2025, 4, 1), TODAY);
        assertNull(m.finalOn(), "not final while leave to appeal is pending");
        m.recordSupremeCourtDecision(false, null, LocalDate.of(2025, 9, 1), TODAY);
        assertEquals(LocalDate.of(2025, 9, 1), m.finalOn(), "leave refused: final on the day of that decision");
    }

    @Test
    void annulledMeasureNeverBecomesFinalNorEnforceable() {
        Measure m = decidedOrder(LocalDate.of(2024, 12, 31));
        m.serve(ServiceMethod.VERIFIED_ELECTRONIC, LocalDate.of(2024, 10, 4), TODAY, MIN_DAYS);
        m.recordAppeal(LocalDate.of(2024, 10, 30));
        m.recordCourtOutcome(CourtOutcome.ANNULLED, LocalDate.of(2025, 3, 3), null, TODAY);
        assertNull(m.finalOn());
        assertTrue(m.isSetAside());
        assertFalse(m.asPrior().isEnforceableOn(TODAY));
        assertRefused("measure.further-appeal-out-of-time", () -> m.recordFurtherAppeal(LocalDate.of(2025, 4, 10), TODAY));
    }

    @Test
    void remarkAsAMeasureIsNotProposedWithoutAHearing() {
        Measure remark = Measure.draft(newCase(), MeasureType.REMARK, content(MeasureType.REMARK, null), null, "t", NOW);
        assertRefused("measure.hearing-required", () -> remark.propose("t", TODAY, NOW));
        remark.requestHearing(TODAY.minusDays(3), TODAY.plusDays(10), TODAY);
        assertRefused("measure.hearing-pending", () -> remark.propose("t", TODAY, NOW));
        remark.recordHearingResponse(TODAY, TODAY);
        remark.propose("t", TODAY, NOW);
        assertEquals(MeasureState.PROPOSED, remark.state());
    }

    private static final Region PIRKANMAA = new Region("06", "Pirkanmaa", "Birkaland", AdministrativeCourt.HAMEENLINNA);
    private static final Region SATAKUNTA = new Region("04", "Satakunta", "Satakunta", AdministrativeCourt.TURKU);
    private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 1);

    private static Municipality in(Region region, String name) {
        return Municipality.registered("999", name, null, LanguageStatus.unilingualFinnish(), region);
    }

    @Test
    void competentCourtIsByTheRegionOfTheMunicipality() {
        Region uusimaa = new Region("01", "Uusimaa", "Nyland", AdministrativeCourt.HELSINKI);
        Municipality raasepori = Municipality.pilotMunicipality("710", "Raasepori", "Raseborg",
                LanguageStatus.parse("fi;sv", "sv", false), new PilotArea(18L, "Raasepori"), uusimaa);
        assertEquals(AdministrativeCourt.HELSINKI, AdministrativeCourts.competentFor(raasepori, DECIDED));
        assertEquals("Helsingfors förvaltningsdomstol",
                AdministrativeCourts.competentFor(raasepori, DECIDED).nameIn(fi.valvonta.model.platform.Language.SV));
        // a municipality whose region the registry does not hold: no court is guessed
        assertRefused(AdministrativeCourts.NOT_DETERMINED, () -> AdministrativeCourts.competentFor(tampere, DECIDED));
    }

    @Test
    void employmentAreaIsJudgedByItsMembersOrItsLeadMunicipality() {
        EmploymentArea one = EmploymentArea.establish("IT alue", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null,
                List.of(in(PIRKANMAA, "Tampere"), in(PIRKANMAA, "Kangasala")));
        assertEquals(AdministrativeCourt.HAMEENLINNA, AdministrativeCourts.competentFor(one, IN_2025));

        // Pirkanmaa and Satakunta: two courts; without a lead nothing decides between them
        Municipality sastamala = in(PIRKANMAA, "Sastamala");
        EmploymentArea split = EmploymentArea.establish("IT jaettu", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null,
                List.of(sastamala, in(SATAKUNTA, "Huittinen")));
        assertRefused(AdministrativeCourts.NOT_DETERMINED, () -> AdministrativeCourts.competentFor(split, IN_2025));
        // the lead municipality decides
        split.recordLead(sastamala, "explicit", "https://example.invalid/paatos", IN_2025);
        assertEquals(AdministrativeCourt.HAMEENLINNA, AdministrativeCourts.competentFor(split, IN_2025));
    }

    @Test
    void employmentAreaIsJudgedByItsMembersOnTheDay() {
        Municipality huittinen = in(SATAKUNTA, "Huittinen");
        Municipality sastamala = in(PIRKANMAA, "Sastamala");
        EmploymentArea area = EmploymentArea.establish("IT muuttuva", null, EmploymentAreaModel.JOINT_AUTHORITY, null,
                List.of(huittinen, sastamala));
        // from 2030 Huittinen belongs to another area: the remaining members lie in Hämeenlinna's circuit
        EmploymentArea.establish("IT uusi", null, EmploymentAreaModel.SINGLE_MUNICIPALITY, LocalDate.of(2030, 1, 1),
                List.of(huittinen));
        assertRefused(AdministrativeCourts.NOT_DETERMINED, () -> AdministrativeCourts.competentFor(area, IN_2025));
        assertEquals(AdministrativeCourt.HAMEENLINNA, AdministrativeCourts.competentFor(area, LocalDate.of(2030, 3, 1)));
    }
}
