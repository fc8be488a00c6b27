package fi.valvonta.it.risk;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static fi.valvonta.it.measure.MeasureFixtures.DECIDER;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.decide;
import static fi.valvonta.it.measure.MeasureFixtures.draftNew;
import static fi.valvonta.it.measure.MeasureFixtures.hearing;
import static fi.valvonta.it.measure.MeasureFixtures.municipality;
import static fi.valvonta.it.measure.MeasureFixtures.ok;
import static fi.valvonta.it.measure.MeasureFixtures.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The complaint register and the measure register feed the risk model: a draft plan's breakdown shows them. */
@ExtendWith(ArquillianExtension.class)
class SignalsFeedRiskIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void overdueOrderShowsInThePlansBreakdown() {
        long entity = municipality("Seinäjoki");
        Api.Reply created = INSPECTOR.post("/plans", "{\"year\":2024,\"inspectorDays\":300}");
        assertEquals(201, created.status(), created.toString());
        long plan = created.json().getJsonNumber("id").longValue();
        double before = factor(plan, entity, "likelihood.orders.overdue");

        JsonObject order = draftNew(entity, "ORDER", "\"deadline\":\"2024-06-28\",\"dimension\":\"LANGUAGE_RIGHTS\"");
        long id = order.getInt("id");
        hearing(id, "2024-03-04", "2024-03-18", "2024-03-12");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        decide(DECIDER, id, "2024-04-02");
        serve(id, "VERIFIED_LETTER", "2024-04-05");

        double after = factor(plan, entity, "likelihood.orders.overdue");
        assertTrue(after > before, "overdue-order factor " + before + " -> " + after);
    }

    @Test
    void registeredComplaintShowsInThePlansBreakdown() {
        long entity = municipality("Pori");
        Api.Reply created = INSPECTOR.post("/plans", "{\"year\":2024,\"inspectorDays\":300}");
        assertEquals(201, created.status(), created.toString());
        long plan = created.json().getJsonNumber("id").longValue();
        double before = factor(plan, entity, "likelihood.complaints.unexamined");

        Complaints.register(Api.as("kirjaamo"), Complaints.body().entity(entity).themes("LANGUAGE_RIGHTS"));

        double after = factor(plan, entity, "likelihood.complaints.unexamined");
        assertTrue(after > before, "unexamined-complaint factor " + before + " -> " + after);
    }

    private static double factor(long plan, long entity, String key) {
        JsonObject entry = INSPECTOR.get("/plans/" + plan + "/entries").array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("entityId").longValue() == entity).findFirst().orElseThrow();
        JsonObject dimension = entry.getJsonArray("dimensions").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("dimension").equals("LANGUAGE_RIGHTS")).findFirst().orElseThrow();
        return dimension.getJsonArray("factors").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(key))
                .findFirst().orElseThrow().getJsonNumber("value").doubleValue();
    }
}
