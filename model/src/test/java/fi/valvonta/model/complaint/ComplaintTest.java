package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ComplaintTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    private static final Disqualifications NONE = Disqualifications.none();
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Municipality ESPOO = Municipality.pilotMunicipality("Espoo", "Esbo",
            new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.FI, false), new PilotArea(1, "Espoon kuntakokeilu"));

    private static Complaint.Intake intake(String official, Language complainantLanguage, String specialReason) {
        return new Complaint.Intake(LocalDate.of(2026, 1, 15), Channel.EMAIL,
                Complainant.of(false, "Anna", "anna@example.fi", null, null, complainantLanguage, null, false), ESPOO,
                official, LocalDate.of(2024, 11, 5), null, "Kuvaus 131052-308T", Set.of(Theme.DATA_PROTECTION), false,
                specialReason, null);
    }

    private static Complaint registered(String official) {
        return Complaint.register(CaseNumber.of("LVV", 7, 2026), intake(official, Language.FI, null),
                new ScreeningResult(List.of()), "kirjaamo", NOW);
    }

    private static Complaint proposed(String presenter) {
        Complaint c = registered("Virkailija");
        c.startAssessment(NOW);
        c.startPreparation(NOW);
        c.propose(DecisionOutcome.OPINION, null, null, "Käsitys.", presenter, NONE, TODAY, NOW);
        return c;
    }

    @Test
    void registrationSetsStateTargetAndLanguage() {
        Complaint c = registered(null);
        assertEquals(ComplaintState.REGISTERED, c.state());
        assertEquals(LocalDate.of(2026, 9, 15), c.processingTarget());
        assertEquals(LocalDate.of(2026, 9, 15), c.nextDeadline().orElseThrow());
        assertEquals(Language.FI, c.proceedingsLanguage());
        assertEquals(1L, c.pilotAreaId().orElseThrow());
        assertEquals("anna@example.fi", c.complainant().duplicateKey());
        // kielilaki 10 §: a Swedish speaker in bilingual Espoo
        assertEquals(Language.SV, intake(null, Language.SV, null).effectiveProceedingsLanguage());
    }

    @Test
    void statementDeadlineRunsUntilPreparationAndIsOverdueTheDayAfter() {
        Complaint c = registered(null);
        c.startAssessment(NOW);
        LocalDate due = LocalDate.of(2026, 2, 23);
        c.requestStatement(due, NOW);
        assertEquals(due, c.responseDeadline().orElseThrow());
        assertEquals(due, c.nextDeadline().orElseThrow(), "earlier than the processing target");
        assertFalse(c.refreshOverdue(due));
        assertTrue(c.refreshOverdue(due.plusDays(1)));
        assertTrue(c.isOverdue());
        c.startPreparation(NOW);
        assertTrue(c.responseDeadline().isEmpty());
        assertTrue(c.refreshOverdue(due.plusDays(1)), "the processing target has not passed");
        assertFalse(c.isOverdue());
    }

    @Test
    void aRequestWithoutDeadlineIsRefused() {
        Complaint c = registered(null);
        c.startAssessment(NOW);
        assertThrows(RuleViolationException.class, () -> c.requestStatement(null, NOW));
        assertEquals(ComplaintState.PRELIMINARY_ASSESSMENT, c.state());
    }

    @Test
    void illegalTransitionIsAConflictBeforeAnyFieldIsJudged() {
        Complaint c = registered(null);
        ConflictException e = assertThrows(ConflictException.class,
                () -> c.propose(null, null, null, null, "tarkastaja", NONE, TODAY, NOW));
        assertEquals(ComplaintWorkflow.ILLEGAL_TRANSITION, e.code());
    }

    @Test
    void remarkNeedsAnAddresseeAndAnOfficialNeedsAName() {
        Complaint unnamed = registered(null);
        unnamed.startAssessment(NOW);
        unnamed.requestStatement(TODAY.plusDays(14), NOW);
        unnamed.recordStatement(TODAY, TODAY);
        unnamed.startPreparation(NOW);
        RuleViolationException none = assertThrows(RuleViolationException.class,
                () -> unnamed.propose(DecisionOutcome.REMARK, null, null, "Huomautus", "t", NONE, TODAY, NOW));
        assertEquals("remarkAddressee", none.field());
        RuleViolationException official = assertThrows(RuleViolationException.class,
                () -> unnamed.propose(DecisionOutcome.REMARK, null, RemarkAddressee.OFFICIAL, "Huomautus", "t", NONE, TODAY, NOW));
        assertEquals("complaint.remark-official-unnamed", official.code());
        unnamed.propose(DecisionOutcome.REMARK, null, RemarkAddressee.MUNICIPALITY, "Huomautus", "t", NONE, TODAY, NOW);
        assertEquals(RemarkAddressee.MUNICIPALITY, unnamed.remarkAddressee().orElseThrow());
    }

    @Test
    void addresseeAndReasonAreDroppedWhereTheOutcomeHasNone() {
        Complaint c = registered("Virkailija");
        c.startAssessment(NOW);
        c.startPreparation(NOW);
        c.propose(DecisionOutcome.OPINION, NotInvestigatedReason.ALREADY_DECIDED, RemarkAddressee.OFFICIAL, "x", "t", NONE, TODAY, NOW);
        assertTrue(c.remarkAddressee().isEmpty());
        assertTrue(c.notInvestigatedReason().isEmpty());
    }

    @Test
    void notInvestigatedProposalNeedsANotInvestigateReason() {
        Complaint c = registered(null);
        c.startAssessment(NOW);
        c.startPreparation(NOW);
        assertThrows(RuleViolationException.class,
                () -> c.propose(DecisionOutcome.NOT_INVESTIGATED, NotInvestigatedReason.OUTSIDE_COMPETENCE, null, "x", "t", NONE, TODAY, NOW));
        c.propose(DecisionOutcome.NOT_INVESTIGATED, NotInvestigatedReason.PENDING_ELSEWHERE, null, "x", "t", NONE, TODAY, NOW);
        assertEquals(NotInvestigatedReason.PENDING_ELSEWHERE, c.notInvestigatedReason().orElseThrow());
    }

    @Test
    void presenterCannotDecideAndTheDecisionIsFinal() {
        Complaint c = proposed("ratkaisija2");
        ForbiddenException own = assertThrows(ForbiddenException.class,
                () -> c.decide("ratkaisija2", null, NoAppeal.statement(Language.FI), NONE, TODAY, NOW));
        assertEquals("presenter-cannot-decide", own.code());
        assertEquals(ComplaintState.PROPOSED, c.state());

        c.decide("ratkaisija", "  Eri mieltä.  ", NoAppeal.statement(Language.FI), NONE, TODAY, NOW);
        assertEquals(ComplaintState.DECIDED, c.state());
        assertEquals("Eri mieltä.", c.dissent().orElseThrow());
        assertEquals(TODAY, c.resolvedOn().orElseThrow());
        assertTrue(c.nextDeadline().isEmpty());
        assertTrue(c.appealStatement().orElseThrow().contains("53 c § 3 mom"));
        assertThrows(ConflictException.class, () -> c.propose(DecisionOutcome.REMARK, null,
                RemarkAddressee.MUNICIPALITY, "muutettu", "t", NONE, TODAY, NOW));
        assertEquals("Käsitys.", c.decisionText().orElseThrow());
    }

    @Test
    void serviceIsNotBeforeTheDecision() {
        Complaint c = proposed("tarkastaja");
        c.decide("ratkaisija", null, "x", NONE, TODAY, NOW);
        assertThrows(RuleViolationException.class, () -> c.serve(TODAY.minusDays(1), NOW));
        RuleViolationException ahead = assertThrows(RuleViolationException.class, () -> c.serve(TODAY.plusDays(1), TODAY, NOW));
        assertEquals("complaint.served-in-future", ahead.code());
        c.serve(TODAY, NOW);
        c.close(NOW);
        assertTrue(c.state().isTerminal());
    }

    @Test
    void oldMatterWithASpecialReasonIsNotDisposedOfAsOld() {
        Complaint c = Complaint.register(CaseNumber.of("LVV", 8, 2026), intake(null, Language.FI, "Jatkuva laiminlyönti"),
                new ScreeningResult(List.of()), "kirjaamo", NOW);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> c.proposeNotInvestigated(
                NotInvestigatedReason.OVER_TWO_YEARS, "Vanha.", "tarkastaja", NONE, NOW));
        assertEquals("complaint.special-reason-recorded", e.code());
        c.proposeNotInvestigated(NotInvestigatedReason.ALREADY_DECIDED, "Jo ratkaistu.", "tarkastaja", NONE, NOW);
        c.notInvestigate("ratkaisija", "x", NONE, TODAY, NOW);
        assertEquals(ComplaintState.NOT_INVESTIGATED, c.state());
        assertEquals(DecisionOutcome.NOT_INVESTIGATED, c.outcome().orElseThrow());
    }

    @Test
    void transferNamesTheAuthority() {
        Complaint c = registered(null);
        assertThrows(RuleViolationException.class, () -> c.transfer(" ", TODAY, NOW));
        c.transfer("KEHA-keskus", TODAY, NOW);
        assertEquals(NotInvestigatedReason.OUTSIDE_COMPETENCE, c.notInvestigatedReason().orElseThrow());
        assertThrows(ConflictException.class, () -> c.assignTo("tarkastaja", NONE));
    }

    @Test
    void maskingRemovesIdentityNumbersAndTheirFinding() {
        ScreeningResult withPin = new ScreeningResult(List.of(new ScreeningFinding(ScreeningCode.PERSONAL_IDENTITY_NUMBER,
                ScreeningWeight.WARNING, "tietosuojalaki 29 §", "1 found")));
        Complaint c = Complaint.register(CaseNumber.of("LVV", 9, 2026), intake(null, Language.FI, null), withPin, "k", NOW);
        assertEquals(1, c.maskIdentityNumbers());
        assertEquals("Kuvaus ******-****", c.description());
        assertFalse(c.screening().has(ScreeningCode.PERSONAL_IDENTITY_NUMBER));
        assertEquals(0, c.maskIdentityNumbers());
    }

    @Test
    void anonymousComplainantKeepsNoContactDetails() {
        Complainant a = Complainant.of(true, "Nimi", "n@example.fi", "040", "Katu 1", Language.EN, null, true);
        assertTrue(a.isAnonymous());
        assertNull(a.name());
        assertNull(a.email());
        assertNull(a.duplicateKey());
        assertFalse(a.hasPowerOfAttorney());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> Complainant.of(false, " ", null, null, null, Language.FI, null, false));
        assertEquals("complainant.name", e.field());
    }

    @Test
    void intakeRefusesWhatTheLawDoesNotAllow() {
        assertThrows(RuleViolationException.class, () -> new Complaint.Intake(TODAY, Channel.ORAL,
                Complainant.of(true, null, null, null, null, Language.FI, null, false), ESPOO, null,
                LocalDate.of(2025, 1, 1), null, "x", Set.of(), false, null, null));
        RuleViolationException language = assertThrows(RuleViolationException.class, () -> new Complaint.Intake(TODAY,
                Channel.ORAL, Complainant.of(true, null, null, null, null, Language.FI, null, false), ESPOO, null,
                LocalDate.of(2025, 1, 1), null, "x", Set.of(Theme.OTHER), false, null, Language.EN));
        assertEquals("proceedingsLanguage", language.field());
    }

    @Test
    void thePresenterIsNotOfferedTheDecisionOfTheirOwnProposal() {
        Complaint c = proposed("Ratkaisija2");
        Set<fi.valvonta.model.security.Role> decisionMaker = EnumSet.of(fi.valvonta.model.security.Role.DECISION_MAKER);
        assertFalse(c.allowedActions(decisionMaker, "ratkaisija2", NONE).contains(ComplaintAction.DECIDE));
        assertTrue(c.allowedActions(decisionMaker, "ratkaisija", NONE).contains(ComplaintAction.DECIDE));
        assertTrue(c.allowedActions(decisionMaker, "ratkaisija2", NONE).contains(ComplaintAction.RETURN_FOR_PREPARATION));
        assertTrue(c.allowedActions(EnumSet.noneOf(fi.valvonta.model.security.Role.class), "x", NONE).isEmpty());
    }

    @Test
    void decidingOutsideAProposalIsAnIllegalTransitionWhoeverDecides() {
        Complaint c = proposed("tarkastaja");
        c.returnForPreparation(NOW);
        assertThrows(ConflictException.class, () -> c.decide("tarkastaja", null, "x", NONE, TODAY, NOW));
    }

    @Test
    void aSpecialReasonScreensTheComplaintAgain() throws ReflectiveOperationException {
        // screening matches duplicates by the entity's id, which the database gives
        var id = fi.valvonta.model.registry.SupervisedEntity.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(ESPOO, 49L);
        Complaint c = registered(null);
        assertTrue(c.state().isIntake());
        c.recordSpecialReason("  Jatkuva laiminlyönti ", List.of());
        assertEquals("Jatkuva laiminlyönti", c.specialReason().orElseThrow());
        // conduct 5.11.2024, received 15.1.2026: not over two years, so the reason changes nothing but is kept
        assertFalse(c.screening().has(ScreeningCode.CONDUCT_OVER_TWO_YEARS));
        assertTrue(c.screening().has(ScreeningCode.PERSONAL_IDENTITY_NUMBER));
        assertThrows(RuleViolationException.class, () -> c.recordSpecialReason(" ", List.of()));
        c.startAssessment(NOW);
        c.startPreparation(NOW);
        assertFalse(c.state().isIntake());
        assertThrows(ConflictException.class, () -> c.recordSpecialReason("x", List.of()));
    }

    @Test
    void aComplaintIsNotReceivedAfterToday() {
        Complaint.Intake in = intake(null, Language.FI, null);
        in.requireReceivedBy(LocalDate.of(2026, 1, 15));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> in.requireReceivedBy(LocalDate.of(2026, 1, 14)));
        assertEquals("complaint.received-in-future", e.code());
        assertEquals("receivedDate", e.field());
    }
}
