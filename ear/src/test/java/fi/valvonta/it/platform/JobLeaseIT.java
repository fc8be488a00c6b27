package fi.valvonta.it.platform;

import fi.valvonta.ejb.platform.JobLease;
import fi.valvonta.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server: a daily job runs once a day across nodes. Two transactions stand for two nodes whose
 * timers fire at the same minute: the second waits on the job's row for the first one's commit and finds the day
 * taken; when the first rolls back, the second takes the day. The job's row is restored afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseIT {

    private static final String JOB = "measure.follow-up";

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(JobLeaseIT.class);
    }

    @Inject
    JobLease lease;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource db;

    private Date savedDay;
    private Timestamp savedAt;

    @BeforeEach
    void saveTheJobsRow() throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_day, ran_at FROM job_run WHERE job = ?")) {
            s.setString(1, JOB);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the migrations create the row of " + JOB);
                savedDay = r.getDate(1);
                savedAt = r.getTimestamp(2);
            }
        }
    }

    @AfterEach
    void restoreTheJobsRow() throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE job_run SET last_day = ?, ran_at = ? WHERE job = ?")) {
            s.setDate(1, savedDay);
            s.setTimestamp(2, savedAt);
            s.setString(3, JOB);
            s.executeUpdate();
        }
    }

    @Test
    void everyDailyJobHasItsRowBeforeItFirstRuns() throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM job_run WHERE job IN "
                     + "('complaint.deadline-check', 'measure.follow-up', 'notification.deadline-digest')");
             ResultSet r = s.executeQuery()) {
            r.next();
            assertEquals(3, r.getInt(1));
        }
    }

    @Test
    void theSecondNodeWaitsForTheFirstOnesCommitAndFindsTheDayTaken() throws Exception {
        LocalDate day = aDayNotRunYet();
        tx.begin();
        boolean first;
        Future<Boolean> second;
        try {
            first = lease.claim(JOB, day);
            second = executor.submit(() -> claimAlone(day));
            Thread.sleep(500);
            assertFalse(second.isDone(), "the other node must wait on the job's row while the first one runs");
        } finally {
            tx.commit();
        }
        assertTrue(first);
        assertFalse(second.get(30, TimeUnit.SECONDS), "the day was taken by the node that committed");
        assertFalse(claimAlone(day), "and stays taken");
    }

    @Test
    void aRunThatRollsBackLeavesTheDayToTheNextNode() throws Exception {
        LocalDate day = aDayNotRunYet();
        tx.begin();
        Future<Boolean> second;
        try {
            assertTrue(lease.claim(JOB, day));
            second = executor.submit(() -> claimAlone(day));
            Thread.sleep(300);
        } finally {
            tx.rollback();
        }
        assertTrue(second.get(30, TimeUnit.SECONDS), "the first run failed: the day is still to be taken");
    }

    @Test
    void aJobWithoutItsRowIsRefusedRatherThanRacedFor() throws Exception {
        tx.begin();
        try {
            assertThrows(IllegalStateException.class, () -> lease.claim("no.such-job", aDayNotRunYet()));
        } finally {
            tx.rollback();
        }
    }

    /** A day after the job's last run, so that no earlier run has taken it. */
    private LocalDate aDayNotRunYet() {
        LocalDate base = savedDay == null ? LocalDate.of(2100, 1, 1) : savedDay.toLocalDate();
        return base.isBefore(LocalDate.of(2100, 1, 1)) ? LocalDate.of(2100, 1, 1) : base.plusDays(1);
    }

    /** One claim in a transaction of its own, committed: another node's timer. */
    private boolean claimAlone(LocalDate day) throws Exception {
        tx.begin();
        try {
            boolean claimed = lease.claim(JOB, day);
            tx.commit();
            return claimed;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
