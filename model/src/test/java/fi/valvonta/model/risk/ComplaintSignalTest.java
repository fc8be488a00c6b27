package fi.valvonta.model.risk;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.risk.ComplaintSignal.Substantiation;
import fi.valvonta.model.platform.Dimension;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintSignalTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 2, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private static Substantiation of(ComplaintState state, DecisionOutcome outcome, LocalDate decidedOn) {
        return ComplaintSignal.of(Theme.LANGUAGE_RIGHTS, RECEIVED, state, outcome, decidedOn, AS_OF)
                .orElseThrow().substantiation();
    }

    @Test
    void guidanceOutcomesAreSubstantiated() {
        for (DecisionOutcome o : new DecisionOutcome[]{DecisionOutcome.OPINION, DecisionOutcome.DRAWING_ATTENTION, DecisionOutcome.REMARK}) {
            assertEquals(Substantiation.SUBSTANTIATED, of(ComplaintState.DECIDED, o, RECEIVED.plusMonths(3)), o.name());
        }
    }

    @Test
    void noActionIsNotSubstantiatedAndPendingOrNotInvestigatedIsUnexamined() {
        assertEquals(Substantiation.NOT_SUBSTANTIATED, of(ComplaintState.SERVED, DecisionOutcome.NO_ACTION, RECEIVED.plusMonths(3)));
        assertEquals(Substantiation.UNEXAMINED, of(ComplaintState.IN_PREPARATION, null, null));
        assertEquals(Substantiation.UNEXAMINED, of(ComplaintState.NOT_INVESTIGATED, DecisionOutcome.NOT_INVESTIGATED, RECEIVED.plusDays(9)));
    }

    @Test
    void aDecisionAfterTheDateDoesNotCountYet() {
        assertEquals(Substantiation.UNEXAMINED, of(ComplaintState.DECIDED, DecisionOutcome.REMARK, AS_OF.plusDays(1)));
    }

    @Test
    void themesOutsideTheDimensionsLaterOrTransferredComplaintsGiveNoSignal() {
        assertTrue(ComplaintSignal.of(Theme.BENEFITS, RECEIVED, ComplaintState.REGISTERED, null, null, AS_OF).isEmpty());
        assertTrue(ComplaintSignal.of(Theme.DATA_PROTECTION, AS_OF.plusDays(1), ComplaintState.REGISTERED, null, null, AS_OF).isEmpty());
        assertTrue(ComplaintSignal.of(Theme.DATA_PROTECTION, RECEIVED, ComplaintState.TRANSFERRED, null, null, AS_OF).isEmpty());
        assertEquals(Dimension.DATA_PROTECTION,
                ComplaintSignal.of(Theme.DATA_PROTECTION, RECEIVED, ComplaintState.REGISTERED, null, null, AS_OF).orElseThrow().dimension());
    }
}
