package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static fi.valvonta.model.complaint.ComplaintState.*;
import static org.junit.jupiter.api.Assertions.*;

class ComplaintWorkflowTest {

    @ParameterizedTest
    @CsvSource({
            "REGISTERED, START_ASSESSMENT, PRELIMINARY_ASSESSMENT",
            "REGISTERED, NOT_INVESTIGATE, NOT_INVESTIGATED",
            "REGISTERED, TRANSFER, TRANSFERRED",
            "REGISTERED, WITHDRAW, WITHDRAWN",
            "PRELIMINARY_ASSESSMENT, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED",
            "PRELIMINARY_ASSESSMENT, REQUEST_STATEMENT, STATEMENT_REQUESTED",
            "PRELIMINARY_ASSESSMENT, START_PREPARATION, IN_PREPARATION",
            "PRELIMINARY_ASSESSMENT, NOT_INVESTIGATE, NOT_INVESTIGATED",
            "PRELIMINARY_ASSESSMENT, TRANSFER, TRANSFERRED",
            "PRELIMINARY_ASSESSMENT, WITHDRAW, WITHDRAWN",
            "SUPPLEMENT_REQUESTED, RECEIVE_SUPPLEMENT, PRELIMINARY_ASSESSMENT",
            "SUPPLEMENT_REQUESTED, NOT_INVESTIGATE, NOT_INVESTIGATED",
            "SUPPLEMENT_REQUESTED, TRANSFER, TRANSFERRED",
            "SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN",
            "STATEMENT_REQUESTED, REQUEST_REPLY, REPLY_REQUESTED",
            "STATEMENT_REQUESTED, START_PREPARATION, IN_PREPARATION",
            "STATEMENT_REQUESTED, WITHDRAW, WITHDRAWN",
            "REPLY_REQUESTED, START_PREPARATION, IN_PREPARATION",
            "REPLY_REQUESTED, WITHDRAW, WITHDRAWN",
            "IN_PREPARATION, PROPOSE, PROPOSED",
            "IN_PREPARATION, WITHDRAW, WITHDRAWN",
            "PROPOSED, DECIDE, DECIDED",
            "PROPOSED, RETURN_FOR_PREPARATION, IN_PREPARATION",
            "PROPOSED, WITHDRAW, WITHDRAWN",
            "DECIDED, SERVE, SERVED",
            "SERVED, CLOSE, CLOSED"})
    void legalTransitions(ComplaintState from, ComplaintAction action, ComplaintState to) {
        assertEquals(to, ComplaintWorkflow.transition(from, action));
        assertTrue(from.canMoveTo(to));
    }

    @Test
    void legalTransitionTableIsComplete() {
        // 26 legal (state, action) pairs above; any new edge must be added to the table deliberately
        int edges = 0;
        for (ComplaintAction a : ComplaintAction.values()) {
            edges += a.sources().size();
        }
        assertEquals(26, edges);
    }

    @ParameterizedTest
    @CsvSource({
            "REGISTERED, DECIDE",
            "REGISTERED, REQUEST_STATEMENT",
            "PRELIMINARY_ASSESSMENT, PROPOSE",
            "STATEMENT_REQUESTED, NOT_INVESTIGATE",
            "STATEMENT_REQUESTED, TRANSFER",
            "IN_PREPARATION, DECIDE",
            "DECIDED, WITHDRAW",
            "DECIDED, RETURN_FOR_PREPARATION",
            "SERVED, WITHDRAW",
            "CLOSED, START_ASSESSMENT",
            "WITHDRAWN, START_ASSESSMENT",
            "NOT_INVESTIGATED, SERVE",
            "TRANSFERRED, CLOSE",
            "REGISTERED, RECEIVE_SUPPLEMENT",
            "IN_PREPARATION, RETURN_FOR_PREPARATION"})
    void illegalTransitionsAreConflicts(ComplaintState from, ComplaintAction action) {
        ConflictException e = assertThrows(ConflictException.class, () -> ComplaintWorkflow.transition(from, action));
        assertEquals("complaint.illegal-transition", e.code());
        assertTrue(e.getMessage().contains(from.name()), e.getMessage());
        assertTrue(e.getMessage().contains(action.target().name()), e.getMessage());
    }

    @Test
    void terminalStates() {
        Set<ComplaintState> terminal = EnumSet.noneOf(ComplaintState.class);
        for (ComplaintState s : values()) {
            if (s.isTerminal()) {
                terminal.add(s);
            }
        }
        assertEquals(EnumSet.of(CLOSED, NOT_INVESTIGATED, TRANSFERRED, WITHDRAWN), terminal);
    }

    @Test
    void withdrawOnlyBeforeDecision() {
        assertEquals(EnumSet.of(REGISTERED, PRELIMINARY_ASSESSMENT, SUPPLEMENT_REQUESTED, STATEMENT_REQUESTED,
                REPLY_REQUESTED, IN_PREPARATION, PROPOSED), ComplaintAction.WITHDRAW.sources());
    }

    @Test
    void allowedNextOfAssessment() {
        assertEquals(EnumSet.of(SUPPLEMENT_REQUESTED, STATEMENT_REQUESTED, IN_PREPARATION, NOT_INVESTIGATED,
                TRANSFERRED, WITHDRAWN), PRELIMINARY_ASSESSMENT.allowedNext());
        assertEquals(EnumSet.of(SERVED), DECIDED.allowedNext());
        assertFalse(REGISTERED.canMoveTo(DECIDED));
        assertFalse(SERVED.canMoveTo(WITHDRAWN));
    }

    @Test
    void allowedActionsOfProposed() {
        assertEquals(EnumSet.of(ComplaintAction.DECIDE, ComplaintAction.RETURN_FOR_PREPARATION, ComplaintAction.WITHDRAW),
                PROPOSED.allowedActions());
        assertTrue(CLOSED.allowedActions().isEmpty());
    }

    @Test
    void happyPathReachesClosed() {
        ComplaintState s = REGISTERED;
        for (ComplaintAction a : new ComplaintAction[]{ComplaintAction.START_ASSESSMENT, ComplaintAction.REQUEST_SUPPLEMENT,
                ComplaintAction.RECEIVE_SUPPLEMENT, ComplaintAction.REQUEST_STATEMENT, ComplaintAction.REQUEST_REPLY,
                ComplaintAction.START_PREPARATION, ComplaintAction.PROPOSE, ComplaintAction.RETURN_FOR_PREPARATION,
                ComplaintAction.PROPOSE, ComplaintAction.DECIDE, ComplaintAction.SERVE, ComplaintAction.CLOSE}) {
            s = ComplaintWorkflow.transition(s, a);
        }
        assertEquals(CLOSED, s);
    }

    @ParameterizedTest
    @EnumSource(ComplaintAction.class)
    void slugRoundTrips(ComplaintAction action) {
        assertEquals(action, ComplaintAction.fromSlug(action.slug()).orElseThrow());
        assertTrue(action.slug().matches("[a-z]+(-[a-z]+)*"), action.slug());
    }

    @Test
    void slugExamplesAndUnknown() {
        assertEquals(ComplaintAction.START_ASSESSMENT, ComplaintAction.fromSlug("start-assessment").orElseThrow());
        assertEquals(ComplaintAction.RETURN_FOR_PREPARATION, ComplaintAction.fromSlug("return-for-preparation").orElseThrow());
        assertTrue(ComplaintAction.fromSlug("START_ASSESSMENT").isEmpty());
        assertTrue(ComplaintAction.fromSlug("delete").isEmpty());
        assertTrue(ComplaintAction.fromSlug(null).isEmpty());
    }
}
