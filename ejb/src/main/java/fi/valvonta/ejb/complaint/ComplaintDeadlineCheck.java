package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily deadline check: marks complaints whose running deadline (statement, reply, or the
 * eight-month processing target) has passed as overdue, and clears the mark where it no longer
 * applies. Each change is in the audit trail, by the system.
 */
@Singleton
@PermitAll
public class ComplaintDeadlineCheck {

    private static final Logger LOG = Logger.getLogger(ComplaintDeadlineCheck.class.getName());

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every night after midnight (Finnish time), so the inboxes are right at the start of the day. */
    @Schedule(hour = "0", minute = "15", timezone = "Europe/Helsinki", persistent = false, info = "complaint deadlines")
    @Lock(LockType.WRITE)
    public void daily() {
        int changed = check(LocalDate.now(clock));
        LOG.info(() -> "Complaint deadline check: " + changed + " complaint(s) changed");
    }

    /**
     * Runs the check as of a day that has come (administrators: now, or a night missed during downtime).
     * Returns how many changed. A day still to come is refused: nothing is overdue ahead of time.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Lock(LockType.WRITE)
    public int runFor(LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("complaint.deadline-check-in-future", "today",
                    "the deadline check runs for today or a past day, not " + day);
        }
        return check(day);
    }

    private int check(LocalDate today) {
        List<Complaint> candidates = em.createQuery("SELECT c FROM Complaint c WHERE "
                        + "(c.overdue = :no AND c.nextDeadline < :today) "
                        + "OR (c.overdue = :yes AND (c.nextDeadline IS NULL OR c.nextDeadline >= :today))", Complaint.class)
                .setParameter("no", Boolean.FALSE).setParameter("yes", Boolean.TRUE).setParameter("today", today)
                .getResultList();
        for (Complaint c : candidates) {
            String before = c.auditSummary();
            if (c.refreshOverdue(today)) {
                audit.recordChange(c, c.isOverdue() ? "MARKED_OVERDUE" : "OVERDUE_CLEARED", before);
            }
        }
        return candidates.size();
    }
}
