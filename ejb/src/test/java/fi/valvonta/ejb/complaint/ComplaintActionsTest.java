package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Deadlines;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fi.valvonta.ejb.complaint.ComplaintFixtures.NOW;
import static fi.valvonta.ejb.complaint.ComplaintFixtures.TODAY;
import static fi.valvonta.ejb.complaint.ComplaintFixtures.registered;
import static org.junit.jupiter.api.Assertions.*;

class ComplaintActionsTest {

    private static ComplaintActions.Context as(String caller, boolean inspector) {
        return new ComplaintActions.Context(caller, inspector, TODAY, NOW, 15, name -> name.strip().toLowerCase(),
                fi.valvonta.model.platform.Disqualifications.none());
    }

    private static ActionInput input(DecisionOutcome outcome, String text, LocalDate servedOn) {
        return new ActionInput(null, null, null, null, outcome, null, null, text, null, servedOn, null, null);
    }

    @Test
    void everyActionHasAStep() {
        for (ComplaintAction a : ComplaintAction.values()) {
            assertTrue(ComplaintActions.covers(a), a.name());
        }
    }

    @Test
    void anInspectorStartingAnUnassignedCaseTakesIt() {
        Complaint c = registered();
        assertNull(ComplaintActions.take(ComplaintAction.START_ASSESSMENT, c, null, as("tarkastaja", true)));
        assertEquals(ComplaintState.PRELIMINARY_ASSESSMENT, c.state());
        assertEquals("tarkastaja", c.assignee().orElseThrow());

        Complaint named = registered();
        ActionInput to = new ActionInput(null, " Toinen ", null, null, null, null, null, null, null, null, null, null);
        ComplaintActions.take(ComplaintAction.START_ASSESSMENT, named, to, as("kirjaamo", false));
        assertEquals("toinen", named.assignee().orElseThrow(), "the assignee named, as the inspector check returns it");
    }

    @Test
    void aStatementIsDueAfterTheDefaultWorkingDays() {
        Complaint c = registered();
        ComplaintActions.take(ComplaintAction.START_ASSESSMENT, c, null, as("tarkastaja", true));
        String detail = ComplaintActions.take(ComplaintAction.REQUEST_STATEMENT, c, null, as("tarkastaja", true));
        LocalDate due = Deadlines.statementDeadline(TODAY, 15);
        assertEquals(due, c.responseDeadline().orElseThrow());
        assertEquals("statement due " + due + " from [MUNICIPALITY, OFFICIAL]", detail, "the entity and the named official are heard");
    }

    @Test
    void thePresenterDoesNotDecideAndServiceIsNotAhead() {
        Complaint c = registered();
        ComplaintActions.take(ComplaintAction.START_ASSESSMENT, c, null, as("tarkastaja", true));
        ComplaintActions.take(ComplaintAction.START_PREPARATION, c, null, as("tarkastaja", true));
        String proposed = ComplaintActions.take(ComplaintAction.PROPOSE, c, input(DecisionOutcome.OPINION, "Käsitys.", null),
                as("tarkastaja", true));
        assertEquals("proposed OPINION", proposed);

        ForbiddenException own = assertThrows(ForbiddenException.class,
                () -> ComplaintActions.take(ComplaintAction.DECIDE, c, null, as("tarkastaja", false)));
        assertEquals("presenter-cannot-decide", own.code());

        String decided = ComplaintActions.take(ComplaintAction.DECIDE, c, null, as("ratkaisija", false));
        assertEquals("decided OPINION as presented by tarkastaja; presenter and decider not disqualified", decided);
        RuleViolationException ahead = assertThrows(RuleViolationException.class, () -> ComplaintActions.take(
                ComplaintAction.SERVE, c, input(null, null, TODAY.plusDays(1)), as("kirjaamo", false)));
        assertEquals("complaint.served-in-future", ahead.code());
        assertEquals("served " + TODAY, ComplaintActions.take(ComplaintAction.SERVE, c, null, as("kirjaamo", false)));
        assertEquals(ComplaintState.SERVED, c.state());
    }
}
