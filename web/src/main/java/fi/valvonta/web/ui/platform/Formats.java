package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.platform.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Finnish display formats for views: {@code #{formats.date(d)}}, {@code #{formats.time(i)}} and, to the
 * second, {@code #{formats.instant(i)}}; instants in Finnish time. Faces 4.0's date converter cannot
 * format an Instant with a pattern.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ClockProducer.FINLAND);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss").withZone(ClockProducer.FINLAND);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String instant(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
