package fi.valvonta.model.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceRulesTest {

    static final LocalDate SENT = LocalDate.of(2025, 6, 2); // Monday

    @Test
    void ordinaryLetterDeemedReceivedOnSeventhDay() {
        assertEquals(LocalDate.of(2025, 6, 9), ServiceRules.deemedServedOn(ServiceMethod.ORDINARY_LETTER, SENT));
    }

    @Test
    void electronicDeemedReceivedOnThirdDay() {
        assertEquals(LocalDate.of(2025, 6, 5), ServiceRules.deemedServedOn(ServiceMethod.ELECTRONIC, SENT));
    }

    @Test
    void deemedDayIsNotMovedOverHolidays() {
        // sent Wed 3.12.2025, third day is Independence Day (Saturday): still served that day
        assertEquals(LocalDate.of(2025, 12, 6),
                ServiceRules.deemedServedOn(ServiceMethod.ELECTRONIC, LocalDate.of(2025, 12, 3)));
    }

    @ParameterizedTest
    @EnumSource(value = ServiceMethod.class, names = {"VERIFIED_LETTER", "ACKNOWLEDGEMENT", "IN_PERSON"})
    void receiptMethodsServeOnTheReceiptDate(ServiceMethod method) {
        assertEquals(SENT, ServiceRules.deemedServedOn(method, SENT));
    }

    @Test
    void appealPeriodIsThirtyDaysNotCountingServiceDay() {
        assertEquals(LocalDate.of(2025, 7, 2), ServiceRules.appealPeriodEnds(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void appealPeriodEndingOnSaturdayIndependenceDayMovesToMonday() {
        assertEquals(LocalDate.of(2025, 12, 8), ServiceRules.appealPeriodEnds(LocalDate.of(2025, 11, 6)));
    }

    @Test
    void appealPeriodEndingOnChristmasDayMovesOverBoxingDayAndWeekend() {
        assertEquals(LocalDate.of(2025, 12, 29), ServiceRules.appealPeriodEnds(LocalDate.of(2025, 11, 25)));
    }

    @Test
    void appealPeriodEndingOnChristmasEveMoves() {
        // laki 150/1930 5 §: jouluaatto is a closed day
        assertEquals(LocalDate.of(2025, 12, 29), ServiceRules.appealPeriodEnds(LocalDate.of(2025, 11, 24)));
    }

    @Test
    void unappealedOrderBecomesFinalTheDayAfterAppealPeriod() {
        assertEquals(Optional.of(LocalDate.of(2025, 7, 3)),
                ServiceRules.finalityDate(MeasureType.ORDER, LocalDate.of(2025, 6, 2), false));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 9)),
                ServiceRules.finalityDate(MeasureType.SUSPENSION, LocalDate.of(2025, 11, 6), false));
    }

    @Test
    void appealedDecisionHasNoFinalityDateYet() {
        assertEquals(Optional.empty(),
                ServiceRules.finalityDate(MeasureType.CONDITIONAL_FINE, LocalDate.of(2025, 6, 2), true));
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, names = {"GUIDANCE", "REMARK"})
    void unappealableMeasureIsFinalOnService(MeasureType type) {
        assertEquals(Optional.of(SENT), ServiceRules.finalityDate(type, SENT, false));
    }
}
