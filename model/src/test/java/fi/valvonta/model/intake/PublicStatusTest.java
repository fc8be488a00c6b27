package fi.valvonta.model.intake;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAttachment;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.ScreeningResult;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicStatusTest {

    private static final String E_SERVICE = "(e-service)";
    private static final Instant SENT = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Disqualifications NONE = Disqualifications.none();
    private static final Municipality ESPOO = Municipality.pilotMunicipality("Espoo", "Esbo",
            new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.FI, false), new PilotArea(1, "Espoon kuntakokeilu"));
    private static final String DESCRIPTION = "Virkailija Olli Muu kertoi naapurini Maija Kolmannen asiat.";
    private final StatusLinkPolicy policy = StatusLinkPolicy.DEFAULT;

    private static Complaint sent() {
        return Complaint.register(CaseNumber.of("LVV", 12, 2026), new Complaint.Intake(TODAY, Channel.E_SERVICE,
                        Complainant.of(false, "Stina Sändare", "stina@example.fi", "040 123", "Gatan 1", Language.SV, null, false),
                        ESPOO, "Olli Muu", LocalDate.of(2026, 1, 20), null, DESCRIPTION,
                        Set.of(Theme.LANGUAGE_RIGHTS), false, null, Language.SV),
                new ScreeningResult(List.of()), E_SERVICE, SENT);
    }

    private PublicStatus status(Complaint c, List<ComplaintAttachment> files, Instant now) {
        return PublicStatus.of(c, StatusLink.issue(1, StatusToken.generate(new SecureRandom()), SENT), policy, files, E_SERVICE, now);
    }

    @Test
    void aReceivedComplaintShowsWhatItIsAboutItsPhaseAndTheProcessingTarget() {
        PublicStatus s = status(sent(), List.of(), SENT);
        assertEquals("LVV/12/2026", s.caseNumber());
        assertEquals(TODAY, s.receivedDate());
        assertEquals("Espoo", s.entityNameFi());
        assertEquals("Esbo", s.entityNameSv());
        assertEquals(Set.of(Theme.LANGUAGE_RIGHTS), s.themes());
        assertEquals(Language.SV, s.proceedingsLanguage());
        assertEquals(PublicPhase.RECEIVED, s.phase());
        assertEquals(LocalDate.of(2026, 11, 2), s.processingTarget());
        assertNull(s.responseDeadline());
        assertNull(s.outcome());
        assertNull(s.linkExpiresAt(), "an open case's link does not expire");
        assertEquals(SENT.plus(Duration.ofHours(1)), s.documentsUntil());
        assertEquals(5, s.documentsRemaining());
    }

    @Test
    void noOneElsesDataNorTheAgencysOwnIsShown() {
        Complaint c = sent();
        c.assignTo("tarkastaja", NONE);
        c.startAssessment(SENT);
        c.startPreparation(SENT);
        c.propose(DecisionOutcome.OPINION, null, null, "Käsitys: kunta menetteli väärin, Olli Muu.", "tarkastaja", NONE, TODAY, SENT);
        c.decide("ratkaisija", "Eriävä mielipide.", null, NONE, TODAY, SENT);
        String shown = status(c, List.of(), SENT).toString();
        for (String secret : new String[]{"Olli Muu", "Maija", "tarkastaja", "ratkaisija", "Eriävä", "Käsitys:",
                "Stina", "stina@example.fi", "040 123", "Gatan", E_SERVICE}) {
            assertFalse(shown.contains(secret), secret + " in " + shown);
        }
    }

    @Test
    void aProposalIsNotShownBeforeItIsDecided() {
        Complaint c = sent();
        c.startAssessment(SENT);
        c.startPreparation(SENT);
        PublicStatus preparing = status(c, List.of(), SENT);
        c.propose(DecisionOutcome.OPINION, null, null, "Käsitys.", "tarkastaja", NONE, TODAY, SENT);
        PublicStatus proposed = status(c, List.of(), SENT);
        assertEquals(ComplaintState.PROPOSED, c.state());
        assertEquals(preparing, proposed, "the proposal leaves no trace");
        assertNull(proposed.outcome());

        c.decide("ratkaisija", null, null, NONE, TODAY, SENT);
        PublicStatus decided = status(c, List.of(), SENT);
        assertEquals(PublicPhase.DECIDED, decided.phase());
        assertEquals(DecisionOutcome.OPINION, decided.outcome());
        assertEquals(TODAY, decided.resolvedOn());
        assertNull(decided.processingTarget(), "no target once decided");
    }

    @Test
    void aProposalNotToInvestigateStaysAssessmentUntilDecided() {
        Complaint c = sent();
        c.startAssessment(SENT);
        PublicStatus assessing = status(c, List.of(), SENT);
        c.proposeNotInvestigated(NotInvestigatedReason.PENDING_ELSEWHERE, "Vireillä muualla.", "tarkastaja", NONE, SENT);
        assertEquals(assessing, status(c, List.of(), SENT));
        c.notInvestigate("ratkaisija", null, NONE, TODAY, SENT.plusSeconds(5));
        PublicStatus s = status(c, List.of(), SENT.plusSeconds(5));
        assertEquals(PublicPhase.NOT_INVESTIGATED, s.phase());
        assertEquals(NotInvestigatedReason.PENDING_ELSEWHERE, s.notInvestigatedReason());
        assertEquals(SENT.plusSeconds(5).plus(Duration.ofDays(30)), s.linkExpiresAt());
        assertEquals(0, s.documentsRemaining(), "a closed case takes no documents");
        assertNull(s.documentsUntil());
    }

    @Test
    void theDeadlineOfARequestedStatementOrReplyIsShownWhileItRuns() {
        Complaint c = sent();
        c.startAssessment(SENT);
        LocalDate due = LocalDate.of(2026, 3, 23);
        c.requestStatement(due, SENT);
        PublicStatus statement = status(c, List.of(), SENT);
        assertEquals(PublicPhase.STATEMENT_REQUESTED, statement.phase());
        assertEquals(due, statement.responseDeadline());
        LocalDate replyDue = LocalDate.of(2026, 4, 6);
        c.requestReply(replyDue, TODAY, SENT);
        assertEquals(replyDue, status(c, List.of(), SENT).responseDeadline());
        c.startPreparation(SENT);
        assertNull(status(c, List.of(), SENT).responseDeadline());
    }

    @Test
    void onlyTheDocumentsTheSenderSentAreListed() {
        ComplaintAttachment own = new ComplaintAttachment(1, "liite.pdf", "application/pdf", 1234, "a".repeat(64), SENT, E_SERVICE);
        ComplaintAttachment statement = new ComplaintAttachment(1, "selvitys-espoo.pdf", "application/pdf", 99, "b".repeat(64),
                SENT.plusSeconds(600), "kirjaamo");
        PublicStatus s = status(sent(), List.of(own, statement), SENT);
        assertEquals(List.of(new PublicStatus.DocumentSent("liite.pdf", 1234, SENT)), s.documents());
    }

    @Test
    void everyStateHasAPhaseAndTheProposalsAreHidden() {
        for (ComplaintState state : ComplaintState.values()) {
            PublicPhase phase = PublicPhase.of(state);
            assertTrue(phase.isDecided() == (state == ComplaintState.DECIDED || state == ComplaintState.SERVED
                    || state == ComplaintState.CLOSED || state == ComplaintState.NOT_INVESTIGATED), state.name());
        }
        assertEquals(PublicPhase.IN_PREPARATION, PublicPhase.of(ComplaintState.PROPOSED));
        assertEquals(PublicPhase.IN_ASSESSMENT, PublicPhase.of(ComplaintState.NOT_INVESTIGATED_PROPOSED));
    }
}
