package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.ScreeningCode;
import fi.valvonta.model.complaint.ScreeningFinding;
import fi.valvonta.model.complaint.ScreeningResult;
import fi.valvonta.model.complaint.ScreeningWeight;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.platform.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static fi.valvonta.ejb.complaint.ComplaintFixtures.NOW;
import static fi.valvonta.ejb.complaint.ComplaintFixtures.TODAY;
import static fi.valvonta.ejb.complaint.ComplaintFixtures.registered;
import static org.junit.jupiter.api.Assertions.*;

class ComplaintAssemblerTest {

    private static final AttachmentView DOCUMENT = new AttachmentView(5, "liite.pdf", "application/pdf", 10, "ab", NOW, "kirjaamo");

    @Test
    void theCaseCarriesTheComplaintAsRegistered() {
        ScreeningResult blocking = new ScreeningResult(List.of(new ScreeningFinding(ScreeningCode.TE_OFFICE_MATTER,
                ScreeningWeight.BLOCKING, "laki 1269/2020", "TE office")));
        Complaint c = registered(blocking);
        ComplaintDetail d = ComplaintAssembler.detail(c, List.of(DOCUMENT), EnumSet.noneOf(ComplaintAction.class), TODAY, 5);

        assertEquals(1000L, d.id());
        assertEquals("LVV/7/2026", d.caseNumber());
        assertEquals(LocalDate.of(2026, 1, 15), d.receivedDate());
        assertEquals("kirjaamo", d.registeredBy());
        assertEquals(Channel.EMAIL, d.channel());
        assertEquals("Anna", d.complainant().name());
        assertEquals("anna@example.fi", d.complainant().email());
        assertFalse(d.complainant().anonymous());
        assertEquals(49L, d.entityId());
        assertEquals("Espoo", d.entityName());
        assertEquals(EntityKind.MUNICIPALITY, d.entityKind());
        assertEquals(1L, d.pilotAreaId());
        assertEquals("Virkailija", d.officialName());
        assertEquals(List.of(Theme.DATA_PROTECTION, Theme.OTHER), d.themes(), "themes in their natural order");
        assertEquals(Language.FI, d.proceedingsLanguage());
        assertEquals(ComplaintState.REGISTERED, d.state());
        assertEquals(LocalDate.of(2026, 9, 15), d.processingTarget());
        assertEquals(LocalDate.of(2026, 9, 15), d.nextDeadline());
        assertFalse(d.dueSoon());
        assertNull(d.decision(), "no decision before a proposal");
        assertEquals(List.of(DOCUMENT), d.attachments());

        ComplaintDetail.FindingView f = d.screening().get(0);
        assertEquals(ScreeningCode.TE_OFFICE_MATTER, f.code());
        assertEquals(ScreeningWeight.BLOCKING, f.severity());
        assertTrue(f.blocking());
        assertEquals(NotInvestigatedReason.OUTSIDE_COMPETENCE, d.proposedDisposal());
        assertEquals("transfer", d.proposedAction());
    }

    @Test
    void theAllowedActionsArePassedThroughAsSlugsInTheirOrder() {
        Set<ComplaintAction> allowed = new LinkedHashSet<>(List.of(ComplaintAction.START_ASSESSMENT, ComplaintAction.WITHDRAW));
        ComplaintDetail d = ComplaintAssembler.detail(registered(), List.of(), allowed, TODAY, 5);
        assertEquals(List.of("start-assessment", "withdraw"), d.allowedActions());
    }

    @Test
    void theDecisionShowsPresenterDeciderAndThatThereIsNoAppeal() {
        Complaint c = registered();
        c.startAssessment(NOW);
        c.startPreparation(NOW);
        c.propose(DecisionOutcome.OPINION, null, null, "Käsitys.", "tarkastaja",
                fi.valvonta.model.platform.Disqualifications.none(), TODAY, NOW);
        c.decide("ratkaisija", "Eri mieltä.", "Ei muutoksenhakua.", fi.valvonta.model.platform.Disqualifications.none(),
                TODAY, NOW);

        ComplaintDetail.DecisionView v = ComplaintAssembler.detail(c, List.of(), Set.of(), TODAY, 5).decision();
        assertEquals(DecisionOutcome.OPINION, v.outcome());
        assertEquals(DecisionOutcome.OPINION.legalBasis(), v.legalBasis());
        assertEquals("Käsitys.", v.text());
        assertEquals("tarkastaja", v.presenter());
        assertEquals("ratkaisija", v.decidedBy());
        assertEquals("Eri mieltä.", v.dissent());
        assertEquals("Ei muutoksenhakua.", v.appealStatement());
        assertFalse(v.appealable(), "HL 53 c § 3 mom");
        assertEquals(TODAY, v.resolvedOn());
    }

    @Test
    void aDeadlineWithinTheWorkingDaysIsDueSoon() {
        Complaint c = registered();
        ComplaintDetail d = ComplaintAssembler.detail(c, List.of(), Set.of(), LocalDate.of(2026, 9, 14), 5);
        assertTrue(d.dueSoon());
        assertFalse(ComplaintAssembler.detail(c, List.of(), Set.of(), LocalDate.of(2026, 9, 16), 5).dueSoon(),
                "overdue is not due soon");
    }

    @Test
    void aRowOfTheListAndAReferenceCarryNoPersonalData() {
        ComplaintRow row = new ComplaintRow(1000L, 3, "LVV", 7, 2026, LocalDate.of(2026, 1, 15), Channel.EMAIL,
                ComplaintState.PROPOSED, 49L, "Espoo", 1L, "tarkastaja", LocalDate.of(2026, 9, 15), true, DecisionOutcome.REMARK);
        ComplaintSummary s = ComplaintAssembler.summary(row, List.of(Theme.OTHER, Theme.DATA_PROTECTION));
        assertEquals(new ComplaintSummary(1000L, 3, "LVV/7/2026", LocalDate.of(2026, 1, 15), Channel.EMAIL,
                ComplaintState.PROPOSED, 49L, "Espoo", 1L, List.of(Theme.DATA_PROTECTION, Theme.OTHER), "tarkastaja",
                LocalDate.of(2026, 9, 15), true, DecisionOutcome.REMARK), s);

        ComplaintReference r = ComplaintAssembler.reference(registered());
        assertEquals(new ComplaintReference(1000L, "LVV/7/2026", 49L, "Espoo", ComplaintState.REGISTERED, null, null), r);
    }
}
