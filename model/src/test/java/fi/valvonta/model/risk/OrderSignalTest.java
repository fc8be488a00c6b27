package fi.valvonta.model.risk;

import fi.valvonta.model.platform.Dimension;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderSignalTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final Dimension LR = Dimension.LANGUAGE_RIGHTS;

    @Test
    void openOrderBeforeItsDeadlineIsNotOverdue() {
        assertFalse(OrderSignal.of(LR, AS_OF.minusDays(10), AS_OF.plusDays(5), null, AS_OF).orElseThrow().overdue());
    }

    @Test
    void openOrderPastItsDeadlineIsOverdue() {
        assertTrue(OrderSignal.of(LR, AS_OF.minusDays(60), AS_OF.minusDays(1), null, AS_OF).orElseThrow().overdue());
    }

    @Test
    void compliedOrDecidedLaterOrWithoutDimensionGivesNoSignal() {
        assertTrue(OrderSignal.of(LR, AS_OF.minusDays(60), AS_OF.minusDays(1), AS_OF, AS_OF).isEmpty());
        assertTrue(OrderSignal.of(LR, AS_OF.plusDays(1), AS_OF.plusDays(30), null, AS_OF).isEmpty());
        assertTrue(OrderSignal.of(null, AS_OF.minusDays(60), AS_OF.minusDays(1), null, AS_OF).isEmpty());
    }

    @Test
    void complianceAfterTheDateStillCountsTheOrderAsOpenThen() {
        assertTrue(OrderSignal.of(LR, AS_OF.minusDays(60), AS_OF.minusDays(1), AS_OF.plusDays(3), AS_OF).isPresent());
    }
}
