package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static fi.valvonta.model.complaint.ComplaintState.*;
import static org.junit.jupiter.api.Assertions.*;

class ComplaintWorkflowTest {

    @ParameterizedTest
    @CsvSource({
            "REGISTERED, START_ASSESSMENT, PRELIMINARY_ASSESSMENT",
            "REGISTERED, PROPOSE_NOT_INVESTIGATED, NOT_INVESTIGATED_PROPOSED",
            "NOT_INVESTIGATED_PROPOSED, NOT_INVESTIGATE, NOT_INVESTIGATED",
            "NOT_INVESTIGATED_PROPOSED, RETURN_TO_ASSESSMENT, PRELIMINARY_ASSESSMENT",
            "NOT_INVESTIGATED_PROPOSED, WITHDRAW, WITHDRAWN",
            "REGISTERED, TRANSFER, TRANSFERRED",
            "REGISTERED, WITHDRAW, WITHDRAWN",
            "PRELIMINARY_ASSESSMENT, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED",
            "PRELIMINARY_ASSESSMENT, REQUEST_STATEMENT, STATEMENT_REQUESTED",
            "PRELIMINARY_ASSESSMENT, START_PREPARATION, IN_PREPARATION",
            "PRELIMINARY_ASSESSMENT, PROPOSE_NOT_INVESTIGATED, NOT_INVESTIGATED_PROPOSED",
            "PRELIMINARY_ASSESSMENT, TRANSFER, TRANSFERRED",
            "PRELIMINARY_ASSESSMENT, WITHDRAW, WITHDRAWN",
            "SUPPLEMENT_REQUESTED, RECEIVE_SUPPLEMENT, PRELIMINARY_ASSESSMENT",
            "SUPPLEMENT_REQUESTED, PROPOSE_NOT_INVESTIGATED, NOT_INVESTIGATED_PROPOSED",
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
        // the whole table, action by action: where each may be taken and where it leads. Any change of an
        // edge, added or removed, must be made here deliberately (HL 8 a luku: the procedure of a complaint)
        Map<ComplaintAction, Edge> expected = new EnumMap<>(ComplaintAction.class);
        expected.put(ComplaintAction.START_ASSESSMENT, new Edge(EnumSet.of(REGISTERED), PRELIMINARY_ASSESSMENT));
        expected.put(ComplaintAction.REQUEST_SUPPLEMENT, new Edge(EnumSet.of(PRELIMINARY_ASSESSMENT), SUPPLEMENT_REQUESTED));
        expected.put(ComplaintAction.RECEIVE_SUPPLEMENT, new Edge(EnumSet.of(SUPPLEMENT_REQUESTED), PRELIMINARY_ASSESSMENT));
        expected.put(ComplaintAction.REQUEST_STATEMENT, new Edge(EnumSet.of(PRELIMINARY_ASSESSMENT), STATEMENT_REQUESTED));
        expected.put(ComplaintAction.REQUEST_REPLY, new Edge(EnumSet.of(STATEMENT_REQUESTED), REPLY_REQUESTED));
        expected.put(ComplaintAction.START_PREPARATION,
                new Edge(EnumSet.of(PRELIMINARY_ASSESSMENT, STATEMENT_REQUESTED, REPLY_REQUESTED), IN_PREPARATION));
        expected.put(ComplaintAction.PROPOSE, new Edge(EnumSet.of(IN_PREPARATION), PROPOSED));
        expected.put(ComplaintAction.RETURN_FOR_PREPARATION, new Edge(EnumSet.of(PROPOSED), IN_PREPARATION));
        expected.put(ComplaintAction.DECIDE, new Edge(EnumSet.of(PROPOSED), DECIDED));
        expected.put(ComplaintAction.SERVE, new Edge(EnumSet.of(DECIDED), SERVED));
        expected.put(ComplaintAction.CLOSE, new Edge(EnumSet.of(SERVED), CLOSED));
        // HL 53 b §: not investigating is presented by one official and decided by another
        expected.put(ComplaintAction.PROPOSE_NOT_INVESTIGATED,
                new Edge(EnumSet.of(REGISTERED, PRELIMINARY_ASSESSMENT, SUPPLEMENT_REQUESTED), NOT_INVESTIGATED_PROPOSED));
        expected.put(ComplaintAction.RETURN_TO_ASSESSMENT, new Edge(EnumSet.of(NOT_INVESTIGATED_PROPOSED), PRELIMINARY_ASSESSMENT));
        expected.put(ComplaintAction.NOT_INVESTIGATE, new Edge(EnumSet.of(NOT_INVESTIGATED_PROPOSED), NOT_INVESTIGATED));
        expected.put(ComplaintAction.TRANSFER,
                new Edge(EnumSet.of(REGISTERED, PRELIMINARY_ASSESSMENT, SUPPLEMENT_REQUESTED), TRANSFERRED));
        expected.put(ComplaintAction.WITHDRAW, new Edge(EnumSet.of(REGISTERED, PRELIMINARY_ASSESSMENT, SUPPLEMENT_REQUESTED,
                STATEMENT_REQUESTED, REPLY_REQUESTED, IN_PREPARATION, PROPOSED, NOT_INVESTIGATED_PROPOSED), WITHDRAWN));

        Map<ComplaintAction, Edge> actual = new EnumMap<>(ComplaintAction.class);
        for (ComplaintAction a : ComplaintAction.values()) {
            actual.put(a, new Edge(EnumSet.copyOf(a.sources()), a.target()));
        }
        assertEquals(expected, actual);
        assertEquals(29, actual.values().stream().mapToInt(e -> e.sources().size()).sum(), "29 legal (state, action) pairs");

        // and the workflow follows the table for every (state, action) pair: the target where allowed, else a conflict
        for (ComplaintAction a : ComplaintAction.values()) {
            for (ComplaintState from : ComplaintState.values()) {
                if (expected.get(a).sources().contains(from)) {
                    assertEquals(a.target(), ComplaintWorkflow.transition(from, a), from + " " + a);
                } else {
                    assertThrows(ConflictException.class, () -> ComplaintWorkflow.transition(from, a), from + " " + a);
                }
            }
        }
    }

    /** One action's row of the table: the states it may be taken in and the state it leads to. */
    private record Edge(Set<ComplaintState> sources, ComplaintState target) {
    }

    @ParameterizedTest
    @CsvSource({
            "REGISTERED, DECIDE",
            "REGISTERED, REQUEST_STATEMENT",
            "PRELIMINARY_ASSESSMENT, PROPOSE",
            "STATEMENT_REQUESTED, NOT_INVESTIGATE",
            "REGISTERED, NOT_INVESTIGATE",
            "PRELIMINARY_ASSESSMENT, NOT_INVESTIGATE",
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
                REPLY_REQUESTED, IN_PREPARATION, PROPOSED, NOT_INVESTIGATED_PROPOSED), ComplaintAction.WITHDRAW.sources());
    }

    @Test
    void allowedNextOfAssessment() {
        assertEquals(EnumSet.of(SUPPLEMENT_REQUESTED, STATEMENT_REQUESTED, IN_PREPARATION, NOT_INVESTIGATED_PROPOSED,
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
