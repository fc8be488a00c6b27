package fi.valvonta.ejb.measure;

import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

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
public class FollowUpTimer {

    private static final Logger LOG = Logger.getLogger(FollowUpTimer.class.getName());

    @Inject
    private MeasureService measures;

    @Schedule(hour = "6", minute = "15", timezone = "Europe/Helsinki", persistent = false, info = "measure follow-up")
    public void daily() {
        int due = measures.makeFollowUpsDue();
        if (due > 0) {
            LOG.info(() -> due + " measure follow-up task(s) became due");
        }
    }
}
