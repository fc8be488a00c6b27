package fi.valvonta.model.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The application's clock, controllable for tests and demonstrations: a fixed instant
 * ({@code valvonta.clock.fixed}: time stands still) or a start instant from which it runs
 * ({@code valvonta.clock.start}: the system clock moved by a constant offset). Either is honoured only
 * where the caller says so (demo or test mode); in production the system clock of Finland is used.
 *
 * <p>An instant is written {@code 2026-12-31T23:59:00+02:00}, {@code 2026-12-31T23:59} (Finnish
 * local time) or {@code 2027-01-04} (noon, Finnish time, so that the date is the same everywhere).
 */
public record ClockSetting(Kind kind, Instant instant) {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    public enum Kind { SYSTEM, FIXED, START }

    public static final ClockSetting SYSTEM = new ClockSetting(Kind.SYSTEM, null);

    /**
     * @throws IllegalArgumentException when both are given or one cannot be read: a clock that is
     *         meant to be controlled must never run silently on the real date instead
     */
    public static ClockSetting of(Optional<String> fixed, Optional<String> start) {
        Optional<String> f = fixed.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> s = start.map(String::strip).filter(x -> !x.isEmpty());
        if (f.isPresent() && s.isPresent()) {
            throw new IllegalArgumentException("Set valvonta.clock.fixed or valvonta.clock.start, not both");
        }
        return f.map(v -> new ClockSetting(Kind.FIXED, parse(v)))
                .or(() -> s.map(v -> new ClockSetting(Kind.START, parse(v))))
                .orElse(SYSTEM);
    }

    public boolean isControlled() {
        return kind != Kind.SYSTEM;
    }

    /** The clock in Finnish time; {@code system} is the real clock and {@code now} the real instant of the start. */
    public Clock clock(Clock system) {
        Clock finnish = system.withZone(FINLAND);
        return switch (kind) {
            case SYSTEM -> finnish;
            case FIXED -> Clock.fixed(instant, FINLAND);
            case START -> Clock.offset(finnish, Duration.between(finnish.instant(), instant));
        };
    }

    static Instant parse(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atTime(LocalTime.NOON).atZone(FINLAND).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(FINLAND).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an instant, local date-time or date: '" + value + "'", e);
        }
    }
}
