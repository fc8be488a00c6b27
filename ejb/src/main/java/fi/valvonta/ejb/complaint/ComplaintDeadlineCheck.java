package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.JobLease;
import fi.valvonta.ejb.platform.Timers;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.platform.JobRun;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The daily deadline check: marks complaints whose running deadline (statement, reply, or the
 * eight-month processing target) has passed as overdue, and clears the mark where it no longer
 * applies. Each change is in the audit trail, by the system.
 */
@Singleton
@Startup
@PermitAll
public class ComplaintDeadlineCheck {

    private static final Logger LOG = Logger.getLogger(ComplaintDeadlineCheck.class.getName());

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Timers timers;

    @Inject
    private JobLease lease;

    @Resource
    private TimerService timerService;

    /** Every night after midnight (Finnish time), so the inboxes are right at the start of the day. */
    @PostConstruct
    void schedule() {
        timers.daily(timerService, 0, 15, "complaint deadlines");
    }

    @Timeout
    @Lock(LockType.WRITE)
    void onTimer() {
        // every node's timer fires; one of them runs the night's check
        if (lease.claim(JOB, LocalDate.now(clock))) {
            daily();
        } else {
            LOG.info(() -> "Complaint deadline check: already run for today (another node)");
        }
    }

    /** The job's name in {@link JobRun} and the prefix of its rule codes. */
    static final String JOB = "complaint.deadline-check";

    /** The nightly run: the check as of today. */
    @Lock(LockType.WRITE)
    public void daily() {
        LocalDate today = LocalDate.now(clock);
        int changed = check(today);
        recordRun(today);
        LOG.info(() -> "Complaint deadline check: " + changed + " complaint(s) changed");
    }

    /**
     * Runs the check as of a day that has come (administrators: now, or a night missed during downtime).
     * Returns how many changed. A day still to come is refused (nothing is overdue ahead of time), and so
     * is a day before the last run, which would undo the marks later runs made.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Lock(LockType.WRITE)
    public int runFor(LocalDate day) {
        JobRun.checkDay(JOB, day, LocalDate.now(clock), lastRun().orElse(null), "today");
        int changed = check(day);
        recordRun(day);
        return changed;
    }

    /** The last day the check ran for, by the timer or an administrator. */
    public Optional<LocalDate> lastRun() {
        return Optional.ofNullable(em.find(JobRun.class, JOB)).flatMap(JobRun::lastDay);
    }

    private void recordRun(LocalDate day) {
        lease.getLocked(JOB).ranFor(day, clock.instant());
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
