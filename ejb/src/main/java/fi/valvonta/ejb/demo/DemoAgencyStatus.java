package fi.valvonta.ejb.demo;

import java.time.Instant;

/**
 * Where the demo agency's seeding stands: {@code state} OFF (not switched on), WAITING (to start after
 * deployment), RUNNING, DONE or FAILED (with {@code error}); what is planned and what was created;
 * {@code census}: what of it the database holds now (demo mode only).
 */
public record DemoAgencyStatus(String state, int complaintsPlanned, long complaintsPresent, int complaintsCreated,
                               int measureCasesCreated, int inspectionsCreated, int plansChanged, Instant startedAt,
                               Instant finishedAt, String error, DemoCensus census) {

    DemoAgencyStatus(String state, int complaintsPlanned, long complaintsPresent, int complaintsCreated,
                     int measureCasesCreated, int inspectionsCreated, int plansChanged, Instant startedAt,
                     Instant finishedAt, String error) {
        this(state, complaintsPlanned, complaintsPresent, complaintsCreated, measureCasesCreated, inspectionsCreated,
                plansChanged, startedAt, finishedAt, error, null);
    }

    DemoAgencyStatus with(DemoCensus now) {
        return new DemoAgencyStatus(state, complaintsPlanned, complaintsPresent, complaintsCreated, measureCasesCreated,
                inspectionsCreated, plansChanged, startedAt, finishedAt, error, now);
    }
}
