package fi.valvonta.web.api.notification;

import fi.valvonta.ejb.notification.DeadlineDigestJob;
import fi.valvonta.web.api.platform.QueryDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;

/** Notifications by e-mail: the daily digest of deadlines run now (ADMIN; its timer sends it every morning). */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class NotificationResource {

    @Inject
    DeadlineDigestJob digest;

    @Inject
    Clock clock;

    /**
     * Sends the digest of {@code day} (default today) now: 409 when mail is off or the day was sent, 422 for a
     * day to come or before the last run.
     */
    @POST
    @Path("deadline-digest")
    public DeadlineDigestJob.Run deadlineDigest(@QueryParam("day") String day) {
        LocalDate d = QueryDates.parse(day, "day");
        return digest.runFor(d == null ? LocalDate.now(clock) : d);
    }
}
