package fi.valvonta.model.platform;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockSettingTest {

    private static final Instant REAL = Instant.parse("2026-12-02T10:00:00Z");
    private static final Clock SYSTEM = Clock.fixed(REAL, ZoneOffset.UTC);

    @Test
    void nothingSetIsTheSystemClockInFinnishTime() {
        ClockSetting s = ClockSetting.of(Optional.empty(), Optional.of("  "));
        assertFalse(s.isControlled());
        Clock c = s.clock(SYSTEM);
        assertEquals(REAL, c.instant());
        assertEquals(ClockSetting.FINLAND, c.getZone());
    }

    @Test
    void aFixedLocalTimeIsFinnishAndStandsStill() {
        Clock c = ClockSetting.of(Optional.of("2026-12-31T23:59"), Optional.empty()).clock(SYSTEM);
        assertEquals(Instant.parse("2026-12-31T21:59:00Z"), c.instant());
        assertEquals(LocalDate.of(2026, 12, 31), LocalDate.now(c));
    }

    @Test
    void anInstantWithOffsetAndADateAtNoonAreRead() {
        assertEquals(Instant.parse("2027-01-04T10:00:00Z"),
                ClockSetting.of(Optional.of("2027-01-04"), Optional.empty()).clock(SYSTEM).instant());
        assertEquals(Instant.parse("2026-12-31T22:30:00Z"),
                ClockSetting.of(Optional.of("2027-01-01T00:30:00+02:00"), Optional.empty()).clock(SYSTEM).instant());
    }

    @Test
    void aStartRunsOnFromTheGivenInstant() {
        MutableClock real = new MutableClock(REAL);
        ClockSetting s = ClockSetting.of(Optional.empty(), Optional.of("2026-12-31T23:59"));
        assertTrue(s.isControlled());
        Clock c = s.clock(real);
        assertEquals(Instant.parse("2026-12-31T21:59:00Z"), c.instant());
        real.now = REAL.plusSeconds(90);
        // a minute and a half of real time later it is past midnight in Finland
        assertEquals(Instant.parse("2026-12-31T22:00:30Z"), c.instant());
        assertEquals(LocalDate.of(2027, 1, 1), LocalDate.now(c));
    }

    /** A wall clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) { this.now = now; }

        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) {
            MutableClock outer = this;
            return new Clock() {
                @Override public java.time.ZoneId getZone() { return zone; }
                @Override public Clock withZone(java.time.ZoneId z) { return outer.withZone(z); }
                @Override public Instant instant() { return outer.now; }
            };
        }

        @Override public Instant instant() { return now; }
    }

    @Test
    void bothOrAnUnreadableValueAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ClockSetting.of(Optional.of("2027-01-04"), Optional.of("2027-01-04")));
        assertThrows(IllegalArgumentException.class, () -> ClockSetting.of(Optional.of("tomorrow"), Optional.empty()));
    }
}
