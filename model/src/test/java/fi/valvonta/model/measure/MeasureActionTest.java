package fi.valvonta.model.measure;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static fi.valvonta.model.measure.MeasureAction.*;
import static fi.valvonta.model.measure.MeasureState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transition table of a measure, written out once more by hand: a change to the table must be meant. */
class MeasureActionTest {

    private record Row(Set<MeasureState> sources, Set<MeasureState> targets) {
    }

    private static final Set<MeasureState> UNDECIDED = EnumSet.of(DRAFT, PROPOSED);
    private static final Set<MeasureState> DECIDED_ANY = EnumSet.of(DECIDED, SERVED, COMPLIED, NOT_COMPLIED);
    private static final Set<MeasureState> SERVED_ANY = EnumSet.of(SERVED, COMPLIED, NOT_COMPLIED);
    private static final Set<MeasureState> STAYS = EnumSet.noneOf(MeasureState.class);

    private static final Map<MeasureAction, Row> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(REVISE, new Row(EnumSet.of(DRAFT), EnumSet.of(DRAFT))),
            Map.entry(REQUEST_HEARING, new Row(UNDECIDED, STAYS)),
            Map.entry(RECORD_HEARING_RESPONSE, new Row(UNDECIDED, STAYS)),
            Map.entry(PROPOSE, new Row(EnumSet.of(DRAFT), EnumSet.of(PROPOSED))),
            Map.entry(DECIDE, new Row(EnumSet.of(PROPOSED), EnumSet.of(DECIDED))),
            Map.entry(SERVE, new Row(EnumSet.of(DECIDED), EnumSet.of(SERVED))),
            Map.entry(SEND_ELECTRONICALLY, new Row(EnumSet.of(DECIDED), STAYS)),
            Map.entry(RECORD_COMPLIANCE, new Row(EnumSet.of(SERVED), EnumSet.of(COMPLIED, NOT_COMPLIED))),
            Map.entry(RECORD_APPEAL, new Row(SERVED_ANY, STAYS)),
            Map.entry(RECORD_COURT_OUTCOME, new Row(SERVED_ANY, STAYS)),
            Map.entry(REBUT_SERVICE_DATE, new Row(SERVED_ANY, STAYS)),
            Map.entry(RECORD_FURTHER_APPEAL, new Row(SERVED_ANY, STAYS)),
            Map.entry(RECORD_SUPREME_COURT_DECISION, new Row(SERVED_ANY, STAYS)),
            Map.entry(CORRECT, new Row(DECIDED_ANY, STAYS)),
            Map.entry(DRAFT_NEXT_STEP, new Row(DECIDED_ANY, STAYS))));

    @Test
    void tableIsCompleteAndAsWritten() {
        assertEquals(EnumSet.allOf(MeasureAction.class), EXPECTED.keySet(), "every action has its row");
        for (MeasureAction a : MeasureAction.values()) {
            assertEquals(EXPECTED.get(a).sources(), a.sources(), a + " sources");
            assertEquals(EXPECTED.get(a).targets(), a.targets(), a + " targets");
        }
    }

    @Test
    void everyStateIsReachedFromDraftAndOnlyDecidedStatesAreFrozen() {
        Set<MeasureState> reached = EnumSet.of(DRAFT);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (MeasureAction a : MeasureAction.values()) {
                if (a.sources().stream().anyMatch(reached::contains)) {
                    grew |= reached.addAll(a.targets());
                }
            }
        }
        assertEquals(EnumSet.allOf(MeasureState.class), reached);
        for (MeasureAction a : EnumSet.of(REVISE, REQUEST_HEARING, RECORD_HEARING_RESPONSE, PROPOSE, DECIDE)) {
            assertTrue(a.sources().stream().noneMatch(MeasureState::isDecided), a + " changes what freezes at decision");
        }
    }

    @Test
    void anActionThatKeepsTheStateLeadsOnlyToItself() {
        assertTrue(REQUEST_HEARING.mayLeadTo(PROPOSED, PROPOSED));
        assertFalse(REQUEST_HEARING.mayLeadTo(PROPOSED, DECIDED));
        assertFalse(DECIDE.mayLeadTo(DRAFT, DECIDED), "not from a draft");
        assertTrue(RECORD_COMPLIANCE.mayLeadTo(SERVED, NOT_COMPLIED));
    }

    @Test
    void slugsAreUniqueAndFound() {
        for (MeasureAction a : MeasureAction.values()) {
            assertEquals(a, MeasureAction.fromSlug(a.slug()).orElseThrow());
        }
        assertTrue(MeasureAction.fromSlug("nope").isEmpty());
    }
}
