package fi.valvonta.ejb.platform;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * The switch of the application's scheduled jobs ({@code valvonta.timers.enabled}, default on). The
 * test server turns it off, so that no nightly job changes data in the middle of a test run; the tests
 * call the jobs' methods themselves.
 */
@ApplicationScoped
public class Timers {

    private static final Logger LOG = Logger.getLogger(Timers.class.getName());

    @Inject
    @ConfigProperty(name = "valvonta.timers.enabled", defaultValue = "true")
    boolean enabled;

    /**
     * {@code HH:mm}: every daily job at this time instead of its own, so that a cluster test sees the nodes' timers
     * fire within a minute (config/src/main/scripts/two-nodes-test.sh); unset in operation.
     */
    @Inject
    @ConfigProperty(name = "valvonta.timers.daily-at")
    java.util.Optional<String> dailyAt;

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * A non-persistent calendar timer on the bean that owns {@code timerService}, at the given hour
     * and minute of Finnish time, when timers are on.
     */
    public void daily(TimerService timerService, int hour, int minute, String info) {
        if (!enabled) {
            LOG.warning(() -> "valvonta.timers.enabled=false: the scheduled job '" + info + "' does not run");
            return;
        }
        if (dailyAt.isPresent()) {
            java.time.LocalTime t = java.time.LocalTime.parse(dailyAt.get().strip());
            hour = t.getHour();
            minute = t.getMinute();
        }
        int h = hour;
        int m = minute;
        ScheduleExpression at = new ScheduleExpression().hour(h).minute(m).second(0)
                .timezone(ClockProducer.FINLAND.getId());
        timerService.createCalendarTimer(at, new TimerConfig(info, false));
        LOG.info(() -> "Scheduled job '" + info + "' daily at " + h + ":" + String.format("%02d", m) + " Finnish time");
    }

    /** A non-persistent interval timer every {@code minutes}, first after one interval, when timers are on. */
    public void every(TimerService timerService, int minutes, String info) {
        if (!enabled) {
            LOG.warning(() -> "valvonta.timers.enabled=false: the scheduled job '" + info + "' does not run");
            return;
        }
        long interval = minutes * 60_000L;
        timerService.createIntervalTimer(interval, interval, new TimerConfig(info, false));
        LOG.info(() -> "Scheduled job '" + info + "' every " + minutes + " minute(s)");
    }
}
