package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceRulesTest {

    static final LocalDate SENT = LocalDate.of(2025, 6, 2); // Monday

    @Test
    void ordinaryLetterToAPersonDeemedReceivedOnSeventhDay() {
        assertEquals(LocalDate.of(2025, 6, 9), ServiceRules.deemedServedOn(ServiceMethod.ORDINARY_LETTER, ServedParty.PERSON, SENT));
    }

    @Test
    void authorityIsDeemedToReceiveAnOrdinaryLetterOnTheDayOfArrival() {
        // HL 59 § 2 mom: not the 7th day; the date recorded for an authority is the day of arrival
        assertEquals(SENT, ServiceRules.deemedServedOn(ServiceMethod.ORDINARY_LETTER, ServedParty.AUTHORITY, SENT));
        assertFalse(ServiceRules.isPresumed(ServiceMethod.ORDINARY_LETTER, ServedParty.AUTHORITY));
    }

    @Test
    void electronicDeemedReceivedOnThirdDayAlsoByAnAuthority() {
        assertEquals(LocalDate.of(2025, 6, 5), ServiceRules.deemedServedOn(ServiceMethod.ELECTRONIC, ServedParty.AUTHORITY, SENT));
        assertEquals(LocalDate.of(2025, 6, 5), ServiceRules.deemedServedOn(ServiceMethod.ELECTRONIC, ServedParty.PERSON, SENT));
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, names = {"ORDER", "CONDITIONAL_FINE", "SUSPENSION"})
    void obligatingDecisionIsNotServedByAPresumedMethod(MeasureType type) {
        for (ServiceMethod presumed : new ServiceMethod[] {ServiceMethod.ORDINARY_LETTER, ServiceMethod.ELECTRONIC}) {
            RuleViolationException e = RuleAssertions.assertRefused(ServiceRules.VERIFIED_SERVICE_REQUIRED,
                    () -> ServiceRules.checkMethodAllowed(type, presumed));
            assertEquals("method", e.field());
            assertTrue(e.getMessage().contains("hallintolaki 60 §") && e.getMessage().contains("13/2003 18 §"), e.getMessage());
        }
        for (ServiceMethod verified : new ServiceMethod[] {ServiceMethod.VERIFIED_LETTER, ServiceMethod.ACKNOWLEDGEMENT,
                ServiceMethod.VERIFIED_ELECTRONIC, ServiceMethod.IN_PERSON}) {
            ServiceRules.checkMethodAllowed(type, verified);
        }
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, names = {"GUIDANCE", "REMARK"})
    void guidanceAndRemarksMayGoByOrdinaryLetter(MeasureType type) {
        ServiceRules.checkMethodAllowed(type, ServiceMethod.ORDINARY_LETTER);
        ServiceRules.checkMethodAllowed(type, ServiceMethod.ELECTRONIC);
    }

    @Test
    void presumedDateIsRebuttedByTheActualReceipt() {
        assertEquals(LocalDate.of(2025, 6, 12), ServiceRules.rebutted(ServiceMethod.ELECTRONIC, ServedParty.AUTHORITY,
                SENT, LocalDate.of(2025, 6, 12)));
        RuleAssertions.assertRefused("measure.received-before-sent", () -> ServiceRules.rebutted(
                ServiceMethod.ELECTRONIC, ServedParty.AUTHORITY, SENT, SENT.minusDays(1)));
        RuleAssertions.assertRefused("measure.service-not-presumed", () -> ServiceRules.rebutted(
                ServiceMethod.VERIFIED_LETTER, ServedParty.AUTHORITY, SENT, SENT.plusDays(2)));
        RuleAssertions.assertRefused("measure.service-not-presumed", () -> ServiceRules.rebutted(
                ServiceMethod.ORDINARY_LETTER, ServedParty.AUTHORITY, SENT, SENT.plusDays(2)));
    }

    @Test
    void deemedDayIsNotMovedOverHolidays() {
        // sent Wed 3.12.2025, third day is Independence Day (Saturday): still served that day
        assertEquals(LocalDate.of(2025, 12, 6),
                ServiceRules.deemedServedOn(ServiceMethod.ELECTRONIC, ServedParty.AUTHORITY, LocalDate.of(2025, 12, 3)));
    }

    @ParameterizedTest
    @EnumSource(value = ServiceMethod.class, names = {"VERIFIED_LETTER", "ACKNOWLEDGEMENT", "VERIFIED_ELECTRONIC", "IN_PERSON"})
    void receiptMethodsServeOnTheReceiptDate(ServiceMethod method) {
        assertEquals(SENT, ServiceRules.deemedServedOn(method, ServedParty.PERSON, SENT));
        assertTrue(method.isVerified());
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
