package fi.valvonta.it.platform;

import fi.valvonta.ejb.demo.DemoAgencySeeder;
import fi.valvonta.ejb.demo.DemoCensus;
import fi.valvonta.ejb.demo.DemoPlans;
import fi.valvonta.ejb.planning.PlanningService;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.demo.DemoScenario;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo agency's seeding, inside the server: a scaled-down plan carried out in one transaction that
 * is rolled back at the end, so no other test sees it (the test server runs demo mode without
 * {@code valvonta.demo.agency}); every state is reached through the aggregates, and a second run
 * creates nothing. The status endpoint is the administrator's.
 */
@ExtendWith(ArquillianExtension.class)
class DemoAgencyIT {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(DemoAgencyIT.class, Api.class, Api.Reply.class, TestClock.class);
    }

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/DemoAgencySeeder")
    DemoAgencySeeder seeder;

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/DemoPlans")
    DemoPlans plans;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Test
    void aScaledDownAgencyReachesEveryStateAndASecondRunCreatesNothing() throws Exception {
        LocalDate today = TestClock.today();
        DemoScenario scenario = DemoScenario.generate(DemoScenario.SEED, today, 30);
        assertEquals(0, seeder.complaintsPresent(), "the test server has no demo agency");
        tx.begin();
        try {
            int complaints = seeder.seedComplaints(scenario, 0, 15) + seeder.seedComplaints(scenario, 15, 30);
            int cases = seeder.seedMeasureCases(scenario);
            int inspections = seeder.seedInspections(scenario);
            assertEquals(30, complaints);
            assertEquals(scenario.measureCases().size(), cases);
            assertEquals(scenario.inspections().size(), inspections);
            assertTrue(seeder.seedAreaIndicators() > 0, "the employment areas get their DEMO indicators");
            plans.seed();

            DemoCensus census = seeder.census();
            Set<String> states = Arrays.stream(ComplaintState.values()).map(Enum::name).collect(Collectors.toSet());
            assertEquals(states, census.complaintsByState().keySet(), census.toString());
            assertTrue(census.complaintsByOutcome().keySet().containsAll(Arrays.stream(DecisionOutcome.values())
                    .map(Enum::name).toList()), census.toString());
            assertTrue(census.complaintsByLanguage().keySet().containsAll(Set.of("FI", "SV")), census.toString());
            assertTrue(census.overdue() > 0, census.toString());
            assertTrue(census.attachments() > 0, census.toString());
            // both ladders: pilot (suspension) and laki 380/2023 (conditional fine imposed), and every step of an order
            for (String key : new String[]{"ORDER:DRAFT", "ORDER:PROPOSED", "ORDER:DECIDED", "ORDER:SERVED", "ORDER:COMPLIED",
                    "ORDER:NOT_COMPLIED", "SUSPENSION:SERVED", "CONDITIONAL_FINE:SERVED"}) {
                assertTrue(census.measures().containsKey(key), key + " missing: " + census.measures());
            }
            assertTrue(census.appealed() > 0, census.toString());
            assertTrue(census.inspectionsCompleted() > 0 && census.findings() > 0, census.toString());
            assertTrue(census.inspections() > census.inspectionsCompleted(), "some are still to come");

            // only what is absent is created
            assertEquals(0, seeder.seedComplaints(scenario, 0, 30));
            assertEquals(0, seeder.seedMeasureCases(scenario));
            assertEquals(0, seeder.seedInspections(scenario));
            assertEquals(0, seeder.seedAreaIndicators());
            assertEquals(0, plans.seed(), "the 2024 plan is adopted and 2025 has a draft");
            assertEquals(census, seeder.census());
        } finally {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
        assertEquals(0, seeder.complaintsPresent(), "nothing of it is left for the other tests");
    }

    @Test
    void theStatusIsTheAdministratorsAndSaysOffOnTheTestServer() {
        Api.Reply admin = Api.as("admin").get("/demo-agency");
        assertEquals(200, admin.status(), admin.toString());
        assertEquals("OFF", admin.json().getString("state"));
        assertEquals(0, admin.json().getJsonObject("census").getJsonNumber("attachments").longValue());
        assertEquals(403, Api.as("tarkastaja").get("/demo-agency").status());
    }
}
