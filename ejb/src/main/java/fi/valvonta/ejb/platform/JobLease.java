package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.JobRun;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;

/**
 * One run a day of a scheduled job across a cluster: every node's timer fires, and the first to lock the job's
 * {@link JobRun} row claims the day; the others wait for its commit and find the day taken. The claim is made in the
 * job's own transaction, so a run that fails and rolls back leaves the day to the next node or night.
 */
@Dependent
public class JobLease {

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims {@code day} for {@code job} in the caller's transaction: false when a node has run it already. */
    public boolean claim(String job, LocalDate day) {
        JobRun run = getLocked(job);
        if (run.hasRunFor(day)) {
            return false;
        }
        run.ranFor(day, clock.instant());
        return true;
    }

    /** The job's row, locked to the caller's transaction's end. */
    public JobRun getLocked(String job) {
        JobRun run = em.find(JobRun.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            // a node inserting the first row would race the others' inserts (the loser fails on the key): every
            // daily job has its row from the migrations on (V20), so that the nodes only ever lock it
            throw new IllegalStateException("Daily job '" + job + "' has no job_run row: add it in a migration");
        }
        return run;
    }
}
