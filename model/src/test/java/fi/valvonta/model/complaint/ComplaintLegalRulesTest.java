package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Disqualification;
import fi.valvonta.model.platform.DisqualificationGround;
import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.SamiLanguage;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The rules of law a complaint applies: disqualification, hearing before a remark, not investigating, language, oral consent. */
class ComplaintLegalRulesTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Disqualifications NONE = Disqualifications.none();
    private static final Municipality ESPOO = Municipality.pilotMunicipality("Espoo", "Esbo",
            new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.FI, false), new PilotArea(1, "Espoon kuntakokeilu"));
    private static final Municipality KUOPIO = Municipality.pilotMunicipality("Kuopio", "Kuopio",
            LanguageStatus.unilingualFinnish(), new PilotArea(2, "Kuopion kuntakokeilu"));
    private static final Municipality SODANKYLA = Municipality.pilotMunicipality("Sodankylä", "Sodankylä",
            new LanguageStatus(EnumSet.of(Language.FI), Language.FI, true), new PilotArea(3, "Lapin kuntakokeilu"));
    private static final Set<Role> DECISION_MAKER = EnumSet.of(Role.DECISION_MAKER);
    private static final Set<Role> INSPECTOR = EnumSet.of(Role.INSPECTOR);

    private static Complaint.Intake intake(Municipality entity, Complainant complainant, Channel channel, String consent) {
        return new Complaint.Intake(LocalDate.of(2026, 1, 15), channel, complainant, entity, "Virkailija Virtanen",
                LocalDate.of(2025, 11, 5), null, "Kuvaus", Set.of(Theme.OTHER), false, null, null, consent);
    }

    private static Complaint registered() {
        return Complaint.register(CaseNumber.of("LVV", 7, 2026), intake(ESPOO,
                Complainant.of(false, "Anna", "anna@example.fi", null, null, Language.FI, null, false), Channel.EMAIL, null),
                new ScreeningResult(List.of()), "kirjaamo", NOW);
    }

    private static Disqualifications disqualified(String username) {
        return Disqualifications.of(List.of(Disqualification.declare("LVV/7/2026", username,
                DisqualificationGround.INTEREST, null, NOW)));
    }

    private static Complaint inPreparation() {
        Complaint c = registered();
        c.startAssessment(NOW);
        c.startPreparation(NOW);
        return c;
    }

    // ---- HL 27–28 §: disqualification --------------------------------------------------------------

    @Test
    void aDisqualifiedDeciderIsRefusedAndNotOfferedTheDecision() {
        Complaint c = inPreparation();
        c.propose(DecisionOutcome.OPINION, null, null, "Käsitys.", "tarkastaja", NONE, TODAY, NOW);
        Disqualifications d = disqualified("Ratkaisija");
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> c.decide("ratkaisija", null, "x", d, TODAY, NOW));
        assertEquals(Disqualifications.DISQUALIFIED, e.code());
        assertEquals(ComplaintState.PROPOSED, c.state());
        assertFalse(c.allowedActions(DECISION_MAKER, "ratkaisija", d).contains(ComplaintAction.DECIDE));
        assertTrue(c.allowedActions(DECISION_MAKER, "ratkaisija2", d).contains(ComplaintAction.DECIDE));
        c.decide("ratkaisija2", null, "x", d, TODAY, NOW);
        assertTrue(c.impartialityConfirmed(), "the decision records that presenter and decider were not disqualified");
    }

    @Test
    void aDisqualifiedPresenterNeitherPresentsNorHasTheirProposalDecided() {
        Complaint c = inPreparation();
        Disqualifications d = disqualified("tarkastaja");
        assertEquals(Disqualifications.DISQUALIFIED, assertThrows(ForbiddenException.class,
                () -> c.propose(DecisionOutcome.OPINION, null, null, "Käsitys.", "tarkastaja", d, TODAY, NOW)).code());
        assertFalse(c.allowedActions(INSPECTOR, "tarkastaja", d).contains(ComplaintAction.PROPOSE));
        // presented before the declaration: no decision on it until it is presented again by another
        c.propose(DecisionOutcome.OPINION, null, null, "Käsitys.", "tarkastaja", NONE, TODAY, NOW);
        assertThrows(ForbiddenException.class, () -> c.decide("ratkaisija", null, "x", d, TODAY, NOW));
        assertFalse(c.allowedActions(DECISION_MAKER, "ratkaisija", d).contains(ComplaintAction.DECIDE));
    }

    @Test
    void aDisqualifiedInspectorIsNotAssigned() {
        Complaint c = registered();
        assertEquals(Disqualifications.DISQUALIFIED, assertThrows(ForbiddenException.class,
                () -> c.assignTo("tarkastaja", disqualified("tarkastaja"))).code());
        c.assignTo("tarkastaja2", disqualified("tarkastaja"));
        assertEquals("tarkastaja2", c.assignee().orElseThrow());
    }

    @Test
    void aDecisionWithoutDisqualificationsIsNotRecordedAsCheckedBeforeItIsMade() {
        Complaint c = inPreparation();
        c.propose(DecisionOutcome.OPINION, null, null, "Käsitys.", "tarkastaja", NONE, TODAY, NOW);
        assertFalse(c.impartialityConfirmed());
    }

    // ---- HL 34 §: hearing before a remark ---------------------------------------------------------

    @Test
    void aRemarkNeedsTheOneItConcernsHeard() {
        Complaint c = inPreparation();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> c.propose(DecisionOutcome.REMARK,
                null, RemarkAddressee.MUNICIPALITY, "Huomautus.", "tarkastaja", NONE, TODAY, NOW));
        assertEquals(ComplaintHearing.NOT_HEARD, e.code());
        assertEquals("remarkAddressee", e.field());
        // other outcomes need no hearing
        c.propose(DecisionOutcome.DRAWING_ATTENTION, null, null, "Huomio.", "tarkastaja", NONE, TODAY, NOW);
    }

    @Test
    void aStatementAnsweredHearsTheEntityAndTheNamedOfficial() {
        Complaint c = registered();
        c.startAssessment(NOW);
        LocalDate deadline = TODAY.plusDays(21);
        c.requestStatement(deadline, NOW);
        assertEquals(2, c.hearings().size(), "the entity and the official named on the complaint");
        c.startPreparation(NOW);
        // requested, not answered, deadline running: not heard yet
        assertThrows(RuleViolationException.class, () -> c.propose(DecisionOutcome.REMARK, null,
                RemarkAddressee.OFFICIAL, "Huomautus.", "tarkastaja", NONE, TODAY, NOW));
        c.recordStatement(TODAY, TODAY);
        c.propose(DecisionOutcome.REMARK, null, RemarkAddressee.OFFICIAL, "Huomautus.", "tarkastaja", NONE, TODAY, NOW);
        assertEquals(RemarkAddressee.OFFICIAL, c.remarkAddressee().orElseThrow());
    }

    @Test
    void aHearingWhoseDeadlinePassedCountsAsHeard() {
        Complaint c = registered();
        c.startAssessment(NOW);
        LocalDate deadline = TODAY.plusDays(14);
        c.requestStatement(deadline, List.of(RemarkAddressee.MUNICIPALITY), NOW);
        c.startPreparation(NOW);
        assertThrows(RuleViolationException.class, () -> c.propose(DecisionOutcome.REMARK, null,
                RemarkAddressee.MUNICIPALITY, "Huomautus.", "tarkastaja", NONE, deadline, NOW), "the last day is still open");
        // only the entity was asked: the official is not heard even after the deadline
        assertThrows(RuleViolationException.class, () -> c.propose(DecisionOutcome.REMARK, null,
                RemarkAddressee.OFFICIAL, "Huomautus.", "tarkastaja", NONE, deadline.plusDays(1), NOW));
        c.propose(DecisionOutcome.REMARK, null, RemarkAddressee.MUNICIPALITY, "Huomautus.", "tarkastaja", NONE,
                deadline.plusDays(1), NOW);
    }

    @Test
    void aReplyIsAskedOnAStatementThatCame() {
        Complaint c = registered();
        c.startAssessment(NOW);
        c.requestStatement(TODAY.plusDays(21), NOW);
        c.requestReply(TODAY.plusDays(28), TODAY, NOW);
        assertTrue(c.hearings().stream().allMatch(h -> h.answeredOn().orElseThrow().equals(TODAY)));
    }

    @Test
    void aStatementIsRecordedOnlyWhenAwaitedAndNotAhead() {
        Complaint c = registered();
        c.startAssessment(NOW);
        assertThrows(ConflictException.class, () -> c.recordStatement(TODAY, TODAY));
        c.requestStatement(TODAY.plusDays(21), NOW);
        assertThrows(RuleViolationException.class, () -> c.recordStatement(TODAY.plusDays(1), TODAY));
    }

    // ---- HL 53 b §: not investigating is presented and decided -------------------------------------

    @Test
    void notInvestigatingIsProposedThenDecidedByAnother() {
        Complaint c = registered();
        assertFalse(ComplaintAction.NOT_INVESTIGATE.isAllowedFrom(ComplaintState.REGISTERED),
                "an inspector no longer closes the complaint alone");
        c.proposeNotInvestigated(NotInvestigatedReason.PENDING_ELSEWHERE, "Vireillä hallinto-oikeudessa.", "tarkastaja",
                NONE, NOW);
        assertEquals(ComplaintState.NOT_INVESTIGATED_PROPOSED, c.state());
        assertEquals("tarkastaja", c.presenter().orElseThrow());
        assertTrue(c.allowedActions(INSPECTOR, "tarkastaja", NONE).isEmpty() || !c.allowedActions(INSPECTOR, "tarkastaja",
                NONE).contains(ComplaintAction.NOT_INVESTIGATE));
        assertEquals("presenter-cannot-decide", assertThrows(ForbiddenException.class,
                () -> c.notInvestigate("tarkastaja", "x", NONE, TODAY, NOW)).code());
        assertEquals(Disqualifications.DISQUALIFIED, assertThrows(ForbiddenException.class,
                () -> c.notInvestigate("ratkaisija", "x", disqualified("ratkaisija"), TODAY, NOW)).code());
        c.notInvestigate("ratkaisija", NoAppeal.statement(Language.FI), NONE, TODAY, NOW);
        assertEquals(ComplaintState.NOT_INVESTIGATED, c.state());
        assertEquals("ratkaisija", c.decidedBy().orElseThrow());
        assertEquals(DecisionOutcome.NOT_INVESTIGATED, c.outcome().orElseThrow());
        assertTrue(c.impartialityConfirmed());
    }

    @Test
    void aProposalNotToInvestigateCanBeReturnedAndNeedsReasonAndText() {
        Complaint c = registered();
        assertEquals("complaint.not-investigated-reason", assertThrows(RuleViolationException.class,
                () -> c.proposeNotInvestigated(NotInvestigatedReason.OUTSIDE_COMPETENCE, "x", "t", NONE, NOW)).code());
        assertEquals("text", assertThrows(RuleViolationException.class,
                () -> c.proposeNotInvestigated(NotInvestigatedReason.ALREADY_DECIDED, " ", "t", NONE, NOW)).field());
        c.proposeNotInvestigated(NotInvestigatedReason.ALREADY_DECIDED, "Jo ratkaistu.", "tarkastaja", NONE, NOW);
        c.returnToAssessment(NOW);
        assertEquals(ComplaintState.PRELIMINARY_ASSESSMENT, c.state());
        assertTrue(c.outcome().isEmpty());
        assertTrue(c.presenter().isEmpty());
    }

    // ---- kielilaki 10 §, 12 §, 20 §; saamen kielilaki 1086/2003 -----------------------------------

    @Test
    void aSwedishComplainantAboutAFinnishMunicipalityGetsSwedishWithATranslationFlag() {
        Complaint c = Complaint.register(CaseNumber.of("LVV", 8, 2026), intake(KUOPIO,
                Complainant.of(false, "Sven", null, null, null, Language.SV, null, false), Channel.MAIL, null),
                new ScreeningResult(List.of()), "kirjaamo", NOW);
        assertEquals(Language.SV, c.proceedingsLanguage());
        assertTrue(c.translationNeeded());
        Complaint espoo = registered();
        assertFalse(espoo.translationNeeded());
    }

    @Test
    void theSamiRightIsShownForASamiSpeakerInTheHomeland() {
        Complainant sami = Complainant.of(false, "Ánde", null, null, null, Language.SE, SamiLanguage.NORTH_SAMI, null, false);
        Complaint homeland = Complaint.register(CaseNumber.of("LVV", 9, 2026), intake(SODANKYLA, sami, Channel.MAIL, null),
                new ScreeningResult(List.of()), "kirjaamo", NOW);
        assertEquals(SamiLanguage.NORTH_SAMI, homeland.complainant().samiLanguage().orElseThrow());
        assertTrue(homeland.samiRightApplies());
        assertEquals(Language.FI, homeland.proceedingsLanguage());
        Complaint elsewhere = Complaint.register(CaseNumber.of("LVV", 10, 2026), intake(KUOPIO, sami, Channel.MAIL, null),
                new ScreeningResult(List.of()), "kirjaamo", NOW);
        assertFalse(elsewhere.samiRightApplies(), "outside the homeland the language is recorded, the right not shown");
        assertTrue(elsewhere.complainant().samiLanguage().isPresent());
    }

    // ---- HL 53 a § 2 mom: oral complaint -----------------------------------------------------------

    @Test
    void anOralComplaintRecordsWhoConsented() {
        Complainant anna = Complainant.of(false, "Anna", null, null, null, Language.FI, null, false);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> intake(ESPOO, anna, Channel.ORAL, " "));
        assertEquals("oralConsentBy", e.field());
        Complaint oral = Complaint.register(CaseNumber.of("LVV", 11, 2026), intake(ESPOO, anna, Channel.ORAL, " Esimies Ek "),
                new ScreeningResult(List.of()), "kirjaamo", NOW);
        assertEquals("Esimies Ek", oral.oralConsentBy().orElseThrow());
        assertNull(intake(ESPOO, anna, Channel.EMAIL, "Esimies Ek").oralConsentBy(), "a written complaint needs no consent");
    }

    // ---- laki 1269/2020 / 380/2023: conduct from 2025 is the employment area's ------------------------

    @Test
    void complaintAboutAPilotMunicipalityForConductFrom2025IsSteeredToItsArea() {
        Municipality kajaani = Municipality.pilotMunicipality("Kajaani", "Kajana", LanguageStatus.unilingualFinnish(),
                new PilotArea(8, "Kainuun seudun kuntakokeilu"));
        EmploymentArea.establish("Kainuu-Koillismaa", null, EmploymentAreaModel.LEAD_MUNICIPALITY, null, List.of(kajaani));
        Complainant anna = Complainant.of(false, "Anna", "anna@example.fi", null, null, Language.FI, null, false);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> new Complaint.Intake(
                LocalDate.of(2026, 1, 15), Channel.EMAIL, anna, kajaani, null, LocalDate.of(2025, 1, 1), null, "Kuvaus",
                Set.of(Theme.OTHER), false, null, null, null));
        assertEquals(Complaint.CONDUCT_OF_AREA, refused.code());
        assertEquals("entityId", refused.field());
        assertTrue(refused.getMessage().contains("Kainuu-Koillismaa"), refused.getMessage());
        // conduct that began while Kajaani was a pilot municipality is its own
        new Complaint.Intake(LocalDate.of(2025, 3, 1), Channel.EMAIL, anna, kajaani, null, LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 1, 31), "Kuvaus", Set.of(Theme.OTHER), false, null, null, null);
    }
}
