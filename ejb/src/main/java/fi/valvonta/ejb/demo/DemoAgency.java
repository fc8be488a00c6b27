package fi.valvonta.ejb.demo;

import fi.valvonta.ejb.platform.DemoMode;
import fi.valvonta.model.demo.DemoScenario;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The living demo agency: with demo mode and {@code valvonta.demo.agency=true} (the run command), the
 * plan of {@link DemoScenario} is carried out in the background once the application has started (a
 * one-shot timer, so start-up does not wait for it), in batches of one transaction each. It creates only
 * what is absent, so a restart after a complete run creates nothing and one after an interrupted run
 * finishes it. {@code GET /demo-agency} (ADMIN) reports where it stands.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "DemoMeasures", "PlanningDemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the status is read while a run goes on
@PermitAll
public class DemoAgency {

    static final int BATCH = 25;
    private static final long START_DELAY_MS = 3_000;
    private static final Logger LOG = Logger.getLogger(DemoAgency.class.getName());

    @Inject
    private DemoMode demoMode;

    @Inject
    @ConfigProperty(name = "valvonta.demo.agency", defaultValue = "false")
    boolean enabled;

    @Inject
    private DemoAgencySeeder seeder;

    @Inject
    private DemoPlans plans;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timerService;

    private volatile DemoAgencyStatus status = status("OFF");

    @PostConstruct
    void schedule() {
        if (demoMode.isEnabled() && enabled) {
            status = status("WAITING");
            timerService.createSingleActionTimer(START_DELAY_MS, new TimerConfig("demo agency", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each batch is a transaction of its own
    void onTimer() {
        run();
    }

    /** Carries out the plan now (each batch its own transaction); returns the status at the end. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    DemoAgencyStatus run() {
        DemoScenario scenario = DemoScenario.standard(LocalDate.now(clock));
        Instant started = clock.instant();
        int complaints = 0;
        int cases = 0;
        int inspections = 0;
        int planChanges = 0;
        try {
            status = new DemoAgencyStatus("RUNNING", scenario.complaints().size(), seeder.complaintsPresent(), 0, 0, 0, 0,
                    started, null, null);
            for (int from = 0; from < scenario.complaints().size(); from += BATCH) {
                complaints += seeder.seedComplaints(scenario, from, from + BATCH);
                status = new DemoAgencyStatus("RUNNING", scenario.complaints().size(), seeder.complaintsPresent(), complaints,
                        0, 0, 0, started, null, null);
            }
            cases = seeder.seedMeasureCases(scenario);
            inspections = seeder.seedInspections(scenario);
            seeder.seedAreaIndicators();
            planChanges = plans.seed();
            status = new DemoAgencyStatus("DONE", scenario.complaints().size(), seeder.complaintsPresent(), complaints, cases,
                    inspections, planChanges, started, clock.instant(), null);
            int c = complaints;
            LOG.warning(() -> "DEMO MODE: the demo agency is present (" + c + " DEMO complaints created now, in "
                    + (clock.millis() - started.toEpochMilli()) + " ms)");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "DEMO MODE: seeding the demo agency failed", e);
            status = new DemoAgencyStatus("FAILED", scenario.complaints().size(), seeder.complaintsPresent(), complaints, cases,
                    inspections, planChanges, started, clock.instant(), String.valueOf(e.getMessage()));
        }
        return status;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DemoAgencyStatus status() {
        return demoMode.isEnabled() ? status.with(seeder.census()) : status;
    }

    private static DemoAgencyStatus status(String state) {
        return new DemoAgencyStatus(state, 0, 0, 0, 0, 0, 0, null, null, null);
    }
}
