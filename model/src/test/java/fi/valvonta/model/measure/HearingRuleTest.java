package fi.valvonta.model.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HearingRuleTest {

    // March 2025 has no moveable feasts
    static final LocalDate REQUESTED = LocalDate.of(2025, 3, 3);   // Monday
    static final LocalDate DEADLINE = LocalDate.of(2025, 3, 14);   // Friday
    static final Hearing PENDING = Hearing.requested(REQUESTED, DEADLINE);

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, names = {"ORDER", "CONDITIONAL_FINE", "SUSPENSION"})
    void coerciveMeasureRefusedWithoutHearing(MeasureType type) {
        assertRefused("measure.hearing-required",
                () -> HearingRule.checkMayDecide(type, Optional.empty(), LocalDate.of(2025, 3, 20)));
    }

    @Test
    void guidanceNeedsNoHearing() {
        assertDoesNotThrow(() -> HearingRule.checkMayDecide(MeasureType.GUIDANCE, Optional.empty(), REQUESTED));
        assertDoesNotThrow(() -> HearingRule.checkMayPropose(MeasureType.GUIDANCE, Optional.empty(), REQUESTED));
    }

    @Test
    void remarkIsNotProposedBeforeTheOneItConcernsWasHeard() {
        // HL 34 §: requested and answered, or its deadline passed
        assertRefused("measure.hearing-required",
                () -> HearingRule.checkMayPropose(MeasureType.REMARK, Optional.empty(), LocalDate.of(2025, 3, 20)));
        assertRefused("measure.hearing-pending",
                () -> HearingRule.checkMayPropose(MeasureType.REMARK, Optional.of(PENDING), DEADLINE));
        assertDoesNotThrow(() -> HearingRule.checkMayPropose(MeasureType.REMARK, Optional.of(PENDING),
                DEADLINE.plusDays(1)));
        assertDoesNotThrow(() -> HearingRule.checkMayPropose(MeasureType.REMARK,
                Optional.of(PENDING.withResponseOn(REQUESTED.plusDays(2))), REQUESTED.plusDays(3)));
        assertRefused("measure.hearing-required",
                () -> HearingRule.checkMayDecide(MeasureType.REMARK, Optional.empty(), LocalDate.of(2025, 3, 20)));
    }

    @Test
    void refusedWhileHearingPendingBeforeDeadline() {
        assertRefused("measure.hearing-pending",
                () -> HearingRule.checkMayDecide(MeasureType.ORDER, Optional.of(PENDING), LocalDate.of(2025, 3, 10)));
    }

    @Test
    void refusedOnTheLastDayToRespond() {
        assertRefused("measure.hearing-pending",
                () -> HearingRule.checkMayDecide(MeasureType.ORDER, Optional.of(PENDING), DEADLINE));
    }

    @Test
    void allowedOnceResponseArrived() {
        Hearing responded = PENDING.withResponseOn(LocalDate.of(2025, 3, 7));
        assertDoesNotThrow(() -> HearingRule.checkMayDecide(MeasureType.SUSPENSION, Optional.of(responded),
                LocalDate.of(2025, 3, 10)));
    }

    @Test
    void allowedAfterDeadlinePassedWithoutResponse() {
        assertDoesNotThrow(() -> HearingRule.checkMayDecide(MeasureType.CONDITIONAL_FINE, Optional.of(PENDING),
                LocalDate.of(2025, 3, 15)));
    }

    @Test
    void deadlineOnSaturdayRunsToMonday() {
        Hearing saturday = Hearing.requested(REQUESTED, LocalDate.of(2025, 3, 15));
        assertEquals(LocalDate.of(2025, 3, 17), saturday.lastDayToRespond());
        assertRefused("measure.hearing-pending",
                () -> HearingRule.checkMayDecide(MeasureType.ORDER, Optional.of(saturday), LocalDate.of(2025, 3, 17)));
        assertDoesNotThrow(() -> HearingRule.checkMayDecide(MeasureType.ORDER, Optional.of(saturday),
                LocalDate.of(2025, 3, 18)));
    }

    @Test
    void deadlineMustBeAfterRequest() {
        assertRefused("measure.hearing-deadline-not-after-request", () -> Hearing.requested(REQUESTED, REQUESTED));
        assertRefused("measure.hearing-deadline-not-after-request",
                () -> Hearing.requested(REQUESTED, REQUESTED.minusDays(1)));
    }

    @Test
    void responseCannotPrecedeRequest() {
        assertRefused("measure.hearing-response-before-request",
                () -> new Hearing(REQUESTED, DEADLINE, REQUESTED.minusDays(1)));
    }
}
