package fi.valvonta.it.platform;

import fi.valvonta.ejb.complaint.ComplaintDeadlineCheck;
import fi.valvonta.ejb.measure.FollowUpTimer;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled jobs through the method their timer calls, inside the server, with the application's
 * clock. The test server runs with valvonta.timers.enabled=false, so no job fires on its own in the middle
 * of the suite; each test makes its own data through the API and lets "a night pass" in the database.
 */
@ExtendWith(ArquillianExtension.class)
class TimersIT {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(TimersIT.class, Api.class, Api.Reply.class, Complaints.class,
                Complaints.Body.class, TestClock.class);
    }

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/ComplaintDeadlineCheck")
    ComplaintDeadlineCheck deadlineCheck;

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/FollowUpTimer")
    FollowUpTimer followUpTimer;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource db;

    @Test
    void nightlyCheckMarksAComplaintOverdue() throws Exception {
        Api registrar = Api.as("kirjaamo");
        Api inspector = Api.as("tarkastaja");
        LocalDate today = TestClock.today();
        // received so that the eight-month processing target passed ten days ago
        long id = Complaints.register(registrar, Complaints.body().received(today.minusMonths(8).minusDays(10).toString()))
                .getInt("id");
        // the night before: the mark was not yet set
        update("UPDATE complaint SET overdue = FALSE WHERE id = ?", id);
        assertFalse(inspector.get("/complaints/" + id).json().getBoolean("overdue"));

        deadlineCheck.daily();

        assertTrue(inspector.get("/complaints/" + id).json().getBoolean("overdue"));
        List<String> actions = Api.as("auditor").get("/complaints/" + id + "/audit").array().stream()
                .map(e -> e.asJsonObject().getString("action")).toList();
        assertTrue(actions.contains("MARKED_OVERDUE"), actions.toString());
    }

    @Test
    void morningRunMakesAFollowUpDue() throws Exception {
        Api inspector = Api.as("tarkastaja");
        LocalDate today = TestClock.today();
        long entity = inspector.get("/municipalities?max=5&q=Raasepori").json().getJsonArray("items")
                .getJsonObject(0).getInt("id");
        // an order decided and served in the pilot period, its last day to comply still to come
        Api.Reply drafted = inspector.post("/measures", """
                {"entityId":%d,"subject":"IT ajastin %s","origin":"OWN_INITIATIVE","type":"ORDER","deadline":"%s",\
                "facts":"Asiakkaiden palvelutarpeen arviointi on viivästynyt.","legalBasis":"Hallintolaki 23 §",\
                "reasoning":"Viivästys vaarantaa asiakkaiden oikeudet.","decision":"Arvioinnit on saatettava ajan tasalle."}"""
                .formatted(entity, UUID.randomUUID(), today.plusYears(1)));
        assertEquals(201, drafted.status(), drafted.toString());
        long id = drafted.json().getInt("id");
        ok(inspector.post("/measures/" + id + "/hearing", "{\"requestedOn\":\"2024-08-01\",\"deadline\":\"2024-08-15\"}"));
        ok(inspector.post("/measures/" + id + "/hearing-response", "{\"respondedOn\":\"2024-08-14\"}"));
        ok(inspector.post("/measures/" + id + "/propose", null));
        ok(Api.as("ratkaisija").post("/measures/" + id + "/decide", "{\"decidedOn\":\"2024-09-02\"}"));
        ok(inspector.post("/measures/" + id + "/serve", "{\"method\":\"ACKNOWLEDGEMENT\",\"date\":\"2024-09-04\"}"));
        assertEquals("PENDING", ok(inspector.get("/measures/" + id + "/follow-up")).getString("state"));

        // the morning has come: the task falls due today
        update("UPDATE measure_follow_up SET due_on = ? WHERE measure_id = ?", Date.valueOf(today), id);
        followUpTimer.daily();

        JsonObject followUp = ok(inspector.get("/measures/" + id + "/follow-up"));
        assertEquals("DUE", followUp.getString("state"), followUp.toString());
    }

    private static JsonObject ok(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private void update(String sql, Object... params) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }
}
