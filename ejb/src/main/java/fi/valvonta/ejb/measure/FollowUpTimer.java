package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.platform.JobLease;
import fi.valvonta.ejb.platform.Timers;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The compliance follow-up of orders: every morning (Finnish time) pending follow-up tasks whose order
 * deadline has passed become due, each with the next step the ladder proposes (a non-persistent
 * schedule: a morning missed while the server was down is caught up the next morning, as the query
 * takes every task due by then). Serving an order whose deadline has already passed makes its task due at once.
 */
@Singleton
@Startup
@RunAs(Role.INSPECTOR_NAME)
// the morning run may be started by anyone inside the application (the tests do): it only does what the timer does
@PermitAll
public class FollowUpTimer {

    private static final Logger LOG = Logger.getLogger(FollowUpTimer.class.getName());

    @Inject
    private MeasureService measures;

    @Inject
    private Timers timers;

    @Inject
    private JobLease lease;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timerService;

    @PostConstruct
    void schedule() {
        timers.daily(timerService, 6, 15, "measure follow-up");
    }

    @Timeout
    void onTimer() {
        // every node's timer fires; one of them runs the morning's follow-up
        if (lease.claim(JOB, LocalDate.now(clock))) {
            daily();
        } else {
            LOG.info("Measure follow-up: already run for today (another node)");
        }
    }

    /** The job's name in {@link fi.valvonta.model.platform.JobRun}, which holds the day it last ran for. */
    static final String JOB = "measure.follow-up";

    /** The morning run; the timer calls it, and the tests do. */
    public void daily() {
        int due = measures.makeFollowUpsDue();
        if (due > 0) {
            LOG.info(() -> due + " measure follow-up task(s) became due");
        }
    }
}
