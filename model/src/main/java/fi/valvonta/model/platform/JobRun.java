package fi.valvonta.model.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The last day a daily job ran for. A job runs for today, or again for a day it missed (the server was
 * down that night) — never for a day still to come, and never for a day before its last run, which would
 * undo what later runs did.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @Column(name = "job", length = 48)
    private String job;

    @Version
    private long version;

    /** Null until the job first runs: its row exists from its migration on, so that nodes can lock it. */
    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "ran_at")
    private Instant ranAt;

    /**
     * For JPA, which loads the rows: each daily job's row is created by a migration (V20), before any node starts,
     * with no day yet, so that every node's timer locks an existing row and no two nodes race to insert it.
     */
    protected JobRun() {
    }

    public JobRun(String job, LocalDate day, Instant ranAt) {
        this.job = Objects.requireNonNull(job);
        this.lastDay = Objects.requireNonNull(day);
        this.ranAt = Objects.requireNonNull(ranAt);
    }

    /**
     * Refuses a run for {@code day} that would be ahead of {@code today} or before the last run
     * ({@code lastDay} null: the job never ran). The codes are {@code <job>-in-future} and
     * {@code <job>-before-last-run}.
     */
    public static void checkDay(String job, LocalDate day, LocalDate today, LocalDate lastDay, String field) {
        if (day.isAfter(today)) {
            throw new RuleViolationException(job + "-in-future", field,
                    "the job runs for today or a missed past day, not " + day);
        }
        // today is always allowed: a test or demo clock set back must not stop the nightly job
        if (lastDay != null && day.isBefore(lastDay) && !day.equals(today)) {
            throw new RuleViolationException(job + "-before-last-run", field,
                    "the job last ran for " + lastDay + "; a day before it (" + day + ") would undo later runs");
        }
    }

    /** Whether the job has run for {@code day} (or a later day) already, on any node. */
    public boolean hasRunFor(LocalDate day) {
        return lastDay != null && !lastDay.isBefore(day);
    }

    /** Records a run for {@code day}: the last day moves forward only. */
    public void ranFor(LocalDate day, Instant at) {
        if (lastDay == null || day.isAfter(lastDay)) {
            lastDay = day;
        }
        ranAt = Objects.requireNonNull(at);
    }

    public String job() { return job; }
    /** The last day the job ran for; empty when it has not run yet. */
    public Optional<LocalDate> lastDay() { return Optional.ofNullable(lastDay); }
    public Optional<Instant> ranAt() { return Optional.ofNullable(ranAt); }
}
