package fi.valvonta.model.measure;

import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static fi.valvonta.model.measure.MeasureType.CONDITIONAL_FINE;
import static fi.valvonta.model.measure.MeasureType.GUIDANCE;
import static fi.valvonta.model.measure.MeasureType.ORDER;
import static fi.valvonta.model.measure.MeasureType.REMARK;
import static fi.valvonta.model.measure.MeasureType.SUSPENSION;
import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static fi.valvonta.model.registry.LegalRegime.EMPLOYMENT_AREA_380_2023;
import static fi.valvonta.model.registry.LegalRegime.PILOT_1269_2020;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureLadderTest {

    // Tuesday; order deadlines below avoid moveable feasts
    static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    static final LocalDate SERVED = LocalDate.of(2025, 5, 2);
    static final LocalDate PAST_DEADLINE = LocalDate.of(2025, 6, 2);
    static final LocalDate FUTURE_DEADLINE = LocalDate.of(2025, 6, 30);

    /** A decided order; when served and not appealed it is final the day after its appeal period. */
    static PriorMeasure order(LocalDate servedOn, LocalDate deadline, boolean complied, boolean fineSet) {
        LocalDate finalOn = servedOn == null ? null : ServiceRules.finalityDate(ORDER, servedOn, false).orElseThrow();
        return new PriorMeasure(ORDER, true, servedOn, deadline, complied, fineSet, finalOn,
                fineSet ? ConditionalFineTerms.fixed(new java.math.BigDecimal("5000")) : null);
    }

    /** An unheeded order served on {@code servedOn}, enforceable from {@code enforceableFrom} (null: not yet). */
    static PriorMeasure unheededOrderEnforceableFrom(LocalDate servedOn, LocalDate enforceableFrom, boolean fineSet) {
        return new PriorMeasure(ORDER, true, servedOn, PAST_DEADLINE, false, fineSet, enforceableFrom,
                fineSet ? ConditionalFineTerms.fixed(new java.math.BigDecimal("5000")) : null);
    }

    @Nested
    class Enforceability {

        // served 26.5., deadline 2.6. passed; the appeal period runs to 25.6.: not final on TODAY
        static final LocalDate LATE_SERVICE = LocalDate.of(2025, 5, 26);

        @Test
        void fineIsNotImposedBeforeTheOrderSettingItIsFinal() {
            RuleViolationException e = assertRefused(ConditionalFineRule.SETTING_NOT_FINAL,
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                            LadderHistory.of(unheededOrderEnforceableFrom(LATE_SERVICE, null, true)), TODAY));
            assertTrue(e.getMessage().contains("uhkasakkolaki 1113/1990 10 §"), e.getMessage());
            assertRefused(ConditionalFineRule.SETTING_NOT_FINAL, () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023,
                    CONDITIONAL_FINE, LadderHistory.of(unheededOrderEnforceableFrom(LATE_SERVICE,
                            TODAY.plusDays(16), true)), TODAY));
        }

        @Test
        void fineIsImposedWhenTheOrderWasToBeCompliedWithNotwithstandingAppeal() {
            assertDoesNotThrow(() -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                    LadderHistory.of(unheededOrderEnforceableFrom(LATE_SERVICE, LATE_SERVICE, true)), TODAY));
        }

        @Test
        void suspensionWaitsForTheOrderToBeFinalOrEnforceable() {
            assertRefused("measure.suspension-order-not-final", () -> MeasureLadder.checkAllowed(PILOT_1269_2020,
                    SUSPENSION, LadderHistory.of(unheededOrderEnforceableFrom(LATE_SERVICE, null, false)), TODAY));
            assertDoesNotThrow(() -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                    LadderHistory.of(unheededOrderEnforceableFrom(LATE_SERVICE, LATE_SERVICE, false)), TODAY));
        }

        @Test
        void fixedFineIsNeverImposedAboveTheAmountSet() {
            PriorMeasure order = unheededOrderEnforceableFrom(SERVED, SERVED, true);
            assertDoesNotThrow(() -> ConditionalFineRule.checkAmount(order, new java.math.BigDecimal("5000"), TODAY));
            assertRefused(ConditionalFineRule.ABOVE_AMOUNT_SET,
                    () -> ConditionalFineRule.checkAmount(order, new java.math.BigDecimal("5000.01"), TODAY));
        }

        @Test
        void runningFineIsCappedByTheBaseAndTheWholePeriodsSinceTheDeadline() {
            ConditionalFineTerms running = new ConditionalFineTerms(ConditionalFineKind.RUNNING,
                    new java.math.BigDecimal("1000"), new java.math.BigDecimal("200"), FinePeriod.WEEK);
            PriorMeasure order = new PriorMeasure(ORDER, true, SERVED, PAST_DEADLINE, false, true, SERVED, running);
            // 2.6. → 23.6. is three whole weeks: 1000 + 3 × 200
            LocalDate on = LocalDate.of(2025, 6, 23);
            assertDoesNotThrow(() -> ConditionalFineRule.checkAmount(order, new java.math.BigDecimal("1600"), on));
            assertRefused(ConditionalFineRule.ABOVE_AMOUNT_SET,
                    () -> ConditionalFineRule.checkAmount(order, new java.math.BigDecimal("1800"), on));
            assertRefused("measure.running-fine-instalment-missing", () -> new ConditionalFineTerms(
                    ConditionalFineKind.RUNNING, new java.math.BigDecimal("1000"), null, FinePeriod.WEEK));
        }
    }

    static PriorMeasure unheededOrder() {
        return order(SERVED, PAST_DEADLINE, false, false);
    }

    static PriorMeasure unheededOrderWithFine() {
        return order(SERVED, PAST_DEADLINE, false, true);
    }

    static PriorMeasure decided(MeasureType type) {
        return new PriorMeasure(type, true, SERVED.plusDays(40), null, false, false);
    }

    @Test
    void allowedTypesPerRegime() {
        assertEquals(List.of(GUIDANCE, REMARK, ORDER, SUSPENSION), MeasureLadder.allowedTypes(PILOT_1269_2020));
        assertEquals(List.of(GUIDANCE, REMARK, ORDER, CONDITIONAL_FINE),
                MeasureLadder.allowedTypes(EMPLOYMENT_AREA_380_2023));
    }

    @ParameterizedTest
    @EnumSource(LegalRegime.class)
    void guidanceRemarkAndOrderNeedNoPriorMeasure(LegalRegime regime) {
        for (MeasureType type : List.of(GUIDANCE, REMARK, ORDER)) {
            assertDoesNotThrow(() -> MeasureLadder.checkAllowed(regime, type, LadderHistory.empty(), TODAY));
        }
    }

    @Nested
    class Pilot1269 {

        @Test
        void conditionalFineIsRefusedEvenAfterAnUnheededOrder() {
            RuleViolationException e = assertRefused("measure.conditional-fine-not-in-pilot-law",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, CONDITIONAL_FINE,
                            LadderHistory.of(unheededOrder()), TODAY));
            assertTrue(e.getMessage().contains("1269/2020"));
            assertEquals("type", e.field());
        }

        @Test
        void conditionalFineCannotBeAttachedToAnOrder() {
            assertRefused("measure.conditional-fine-not-in-pilot-law",
                    () -> MeasureLadder.checkMayAttachConditionalFine(PILOT_1269_2020));
        }

        @Test
        void suspensionAllowedAfterServedOrderWhoseDeadlinePassedWithoutCompliance() {
            assertDoesNotThrow(() -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                    LadderHistory.of(decided(GUIDANCE), unheededOrder()), TODAY));
        }

        @Test
        void suspensionRefusedWithoutAnyOrder() {
            RuleViolationException e = assertRefused("measure.suspension-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                            LadderHistory.of(decided(REMARK)), TODAY));
            assertTrue(e.getMessage().contains("1269/2020"));
        }

        @Test
        void suspensionRefusedWhenOrderNotServed() {
            assertRefused("measure.suspension-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                            LadderHistory.of(order(null, PAST_DEADLINE, false, false)), TODAY));
        }

        @Test
        void suspensionRefusedWhenOrderOnlyDrafted() {
            assertRefused("measure.suspension-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                            LadderHistory.of(new PriorMeasure(ORDER, false, null, PAST_DEADLINE, false, false)),
                            TODAY));
        }

        @Test
        void suspensionRefusedBeforeOrderDeadlinePassed() {
            assertRefused("measure.suspension-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                            LadderHistory.of(order(SERVED, FUTURE_DEADLINE, false, false)), TODAY));
        }

        @Test
        void suspensionRefusedOnTheDeadlineItself() {
            assertRefused("measure.suspension-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                            LadderHistory.of(order(SERVED, TODAY, false, false)), TODAY));
        }

        @Test
        void orderDeadlineOnSaturdayRunsToMonday() {
            LadderHistory history = LadderHistory.of(order(SERVED, LocalDate.of(2025, 6, 7), false, false));
            assertRefused("measure.suspension-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION, history, LocalDate.of(2025, 6, 9)));
            assertDoesNotThrow(() -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION, history,
                    LocalDate.of(2025, 6, 10)));
        }

        @Test
        void suspensionRefusedWhenOrderComplied() {
            assertRefused("measure.suspension-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(PILOT_1269_2020, SUSPENSION,
                            LadderHistory.of(order(SERVED, PAST_DEADLINE, true, false)), TODAY));
        }
    }

    @Nested
    class EmploymentArea380 {

        @Test
        void suspensionIsRefusedEvenAfterAnUnheededOrder() {
            RuleViolationException e = assertRefused("measure.no-suspension-under-380-2023",
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, SUSPENSION,
                            LadderHistory.of(unheededOrderWithFine()), TODAY));
            assertTrue(e.getMessage().contains("380/2023"));
        }

        @Test
        void conditionalFineMayBeAttachedToAnOrder() {
            assertDoesNotThrow(() -> MeasureLadder.checkMayAttachConditionalFine(EMPLOYMENT_AREA_380_2023));
        }

        @Test
        void fineImposedAfterUnheededOrderWithFine() {
            assertDoesNotThrow(() -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                    LadderHistory.of(unheededOrderWithFine()), TODAY));
        }

        @Test
        void fineRefusedWithoutAnyOrder() {
            assertRefused("measure.conditional-fine-requires-order-with-fine",
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                            LadderHistory.empty(), TODAY));
        }

        @Test
        void fineRefusedWhenTheOrderHadNoFineSet() {
            assertRefused("measure.conditional-fine-requires-order-with-fine",
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                            LadderHistory.of(unheededOrder()), TODAY));
        }

        @Test
        void fineRefusedBeforeOrderDeadlinePassed() {
            RuleViolationException e = assertRefused("measure.conditional-fine-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                            LadderHistory.of(order(SERVED, FUTURE_DEADLINE, false, true)), TODAY));
            assertTrue(e.getMessage().contains("1113/1990 10 §"));
        }

        @Test
        void fineRefusedWhenOnlyTheOrderWithoutFineIsUnheeded() {
            // first order (no fine) unheeded; the new order with a fine still runs
            assertRefused("measure.conditional-fine-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                            LadderHistory.of(unheededOrder(), order(TODAY.minusDays(5), FUTURE_DEADLINE, false, true)),
                            TODAY));
        }

        @Test
        void fineRefusedWhenOrderComplied() {
            assertRefused("measure.conditional-fine-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                            LadderHistory.of(order(SERVED, PAST_DEADLINE, true, true)), TODAY));
        }

        @Test
        void fineRefusedWhenOrderNotServed() {
            assertRefused("measure.conditional-fine-requires-unheeded-order",
                    () -> MeasureLadder.checkAllowed(EMPLOYMENT_AREA_380_2023, CONDITIONAL_FINE,
                            LadderHistory.of(order(null, PAST_DEADLINE, false, true)), TODAY));
        }
    }

    @Nested
    class ProposeNextStep {

        @ParameterizedTest
        @EnumSource(LegalRegime.class)
        void noOrderYetProposesOrder(LegalRegime regime) {
            assertEquals(Optional.of(ORDER), MeasureLadder.proposeNextStep(regime, LadderHistory.empty(), TODAY));
            assertEquals(Optional.of(ORDER), MeasureLadder.proposeNextStep(regime,
                    LadderHistory.of(decided(GUIDANCE), decided(REMARK)), TODAY));
            assertEquals(Optional.of(ORDER), MeasureLadder.proposeNextStep(regime,
                    LadderHistory.of(new PriorMeasure(ORDER, false, null, PAST_DEADLINE, false, false)), TODAY));
        }

        @ParameterizedTest
        @EnumSource(LegalRegime.class)
        void nothingWhileTheOrderDeadlineRuns(LegalRegime regime) {
            assertEquals(Optional.empty(), MeasureLadder.proposeNextStep(regime,
                    LadderHistory.of(order(SERVED, FUTURE_DEADLINE, false, regime == EMPLOYMENT_AREA_380_2023)),
                    TODAY));
        }

        @ParameterizedTest
        @EnumSource(LegalRegime.class)
        void nothingWhenTheOrderIsNotServed(LegalRegime regime) {
            assertEquals(Optional.empty(), MeasureLadder.proposeNextStep(regime,
                    LadderHistory.of(order(null, PAST_DEADLINE, false, false)), TODAY));
        }

        @ParameterizedTest
        @EnumSource(LegalRegime.class)
        void nothingWhenTheLatestOrderWasComplied(LegalRegime regime) {
            assertEquals(Optional.empty(), MeasureLadder.proposeNextStep(regime,
                    LadderHistory.of(unheededOrder(), order(SERVED, PAST_DEADLINE, true, false)), TODAY));
        }

        @Test
        void pilotProposesSuspensionAfterUnheededOrder() {
            assertEquals(Optional.of(SUSPENSION),
                    MeasureLadder.proposeNextStep(PILOT_1269_2020, LadderHistory.of(unheededOrder()), TODAY));
        }

        @Test
        void pilotProposesNothingOnceSuspended() {
            assertEquals(Optional.empty(), MeasureLadder.proposeNextStep(PILOT_1269_2020,
                    LadderHistory.of(unheededOrder(), decided(SUSPENSION)), TODAY));
        }

        @Test
        void employmentAreaProposesImposingTheFineAfterUnheededOrderWithFine() {
            assertEquals(Optional.of(CONDITIONAL_FINE), MeasureLadder.proposeNextStep(EMPLOYMENT_AREA_380_2023,
                    LadderHistory.of(unheededOrderWithFine()), TODAY));
        }

        @Test
        void employmentAreaProposesNewOrderWhenTheUnheededOrderHadNoFine() {
            assertEquals(Optional.of(ORDER), MeasureLadder.proposeNextStep(EMPLOYMENT_AREA_380_2023,
                    LadderHistory.of(unheededOrder()), TODAY));
        }

        @Test
        void employmentAreaProposesNothingOnceTheFineIsImposed() {
            assertEquals(Optional.empty(), MeasureLadder.proposeNextStep(EMPLOYMENT_AREA_380_2023,
                    LadderHistory.of(unheededOrderWithFine(), decided(CONDITIONAL_FINE)), TODAY));
        }

        @Test
        void everyProposalPassesTheLadderCheck() {
            for (LegalRegime regime : LegalRegime.values()) {
                for (LadderHistory h : List.of(LadderHistory.empty(), LadderHistory.of(unheededOrder()),
                        LadderHistory.of(unheededOrderWithFine()))) {
                    MeasureLadder.proposeNextStep(regime, h, TODAY).ifPresent(next -> assertDoesNotThrow(
                            () -> MeasureLadder.checkAllowed(regime, next, h, TODAY), regime + " " + next));
                }
            }
        }
    }

    @Test
    void priorMeasureRejectsServiceOfUndecidedMeasure() {
        assertThrows(IllegalArgumentException.class,
                () -> new PriorMeasure(ORDER, false, SERVED, PAST_DEADLINE, false, false));
    }

    @Test
    void priorMeasureRejectsFineOnAnythingButAnOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> new PriorMeasure(REMARK, true, SERVED, null, false, true));
    }
}
