package fi.valvonta.it.measure;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static fi.valvonta.it.measure.MeasureFixtures.ADMIN;
import static fi.valvonta.it.measure.MeasureFixtures.DECIDER;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.decide;
import static fi.valvonta.it.measure.MeasureFixtures.draftNew;
import static fi.valvonta.it.measure.MeasureFixtures.draftOnCase;
import static fi.valvonta.it.measure.MeasureFixtures.hearing;
import static fi.valvonta.it.measure.MeasureFixtures.municipality;
import static fi.valvonta.it.measure.MeasureFixtures.employmentArea;
import static fi.valvonta.it.measure.MeasureFixtures.ok;
import static fi.valvonta.it.measure.MeasureFixtures.problemCode;
import static fi.valvonta.it.measure.MeasureFixtures.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ladder of measures through the API, in both regimes, on real past dates: a pilot municipality's
 * order goes unheeded and the activity is suspended (1269/2020); an employment area's order with a
 * conditional fine goes unheeded and the fine is imposed (380/2023).
 */
@ExtendWith(ArquillianExtension.class)
class MeasureLadderIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void pilotOrderNotCompliedThenSuspension() {
        long entity = municipality("Lahti");
        JsonObject order = draftNew(entity, "ORDER", "\"deadline\":\"2024-11-15\",\"dimension\":\"EQUAL_TREATMENT\"");
        long orderId = order.getInt("id");
        long caseId = order.getInt("caseId");
        assertEquals("DRAFT", order.getString("state"));
        assertTrue(order.getString("caseNumber").matches("LVV/\\d+/\\d{4}"), order.getString("caseNumber"));
        assertEquals("PILOT_1269_2020", order.getString("regime"));

        // suspension is not yet allowed: no order on the matter has gone unheeded
        Api.Reply early = draftOnCase(caseId, "SUSPENSION", "\"suspensionScope\":\"PARTIAL\"");
        assertEquals(422, early.status(), early.toString());
        assertEquals("measure.suspension-requires-unheeded-order", problemCode(early));

        hearing(orderId, "2024-09-02", "2024-09-16", "2024-09-10");
        assertEquals("PROPOSED", ok(INSPECTOR.post("/measures/" + orderId + "/propose", null)).getString("state"));
        JsonObject decided = decide(DECIDER, orderId, "2024-10-01");
        assertEquals("DECIDED", decided.getString("state"));
        assertEquals("tarkastaja", decided.getString("presenter"));
        assertEquals("ratkaisija", decided.getString("decider"));

        // an obligating decision is served verifiably (HL 60 §, 13/2003 18 §): an ordinary e-mail is refused
        Api.Reply presumed = INSPECTOR.post("/measures/" + orderId + "/serve", "{\"method\":\"ELECTRONIC\",\"date\":\"2024-10-02\"}");
        assertEquals(422, presumed.status(), presumed.toString());
        assertEquals("measure.verified-service-required", problemCode(presumed));
        // verified electronic service: served on the day the document was retrieved; appeal period 30 days, final the day after
        JsonObject served = serve(orderId, "VERIFIED_ELECTRONIC", "2024-10-05");
        assertEquals("SERVED", served.getString("state"));
        assertEquals("2024-10-05", served.getString("servedOn"));
        assertEquals("2024-11-04", served.getString("appealPeriodEnds"));
        assertEquals("2024-11-05", served.getString("finalOn"));
        assertEquals("APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS", served.getString("appealKind"));

        // the deadline passed long ago: the follow-up is due at once and proposes suspension; the order is open and overdue
        JsonObject followUp = ok(INSPECTOR.get("/measures/" + orderId + "/follow-up"));
        assertEquals("DUE", followUp.getString("state"));
        assertEquals("SUSPENSION", followUp.getString("proposedNext"));
        JsonObject open = INSPECTOR.get("/measures/open-orders?entity=" + entity).array().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getInt("measureId") == orderId).findFirst().orElseThrow();
        assertTrue(open.getBoolean("overdue"));
        assertEquals("EQUAL_TREATMENT", open.getString("dimension"));
        assertTrue(INSPECTOR.get("/measures/open-orders/by-entity").array().stream().map(v -> v.asJsonObject())
                .anyMatch(c -> c.getInt("entityId") == entity && c.getInt("overdue") >= 1));

        JsonObject notComplied = ok(INSPECTOR.post("/measures/" + orderId + "/comply",
                "{\"complied\":false,\"evidence\":\"Selvitys 20.11.2024: arvioinnit yhä viivästyneet.\"}"));
        assertEquals("NOT_COMPLIED", notComplied.getString("state"));
        assertEquals("CLOSED", ok(INSPECTOR.get("/measures/" + orderId + "/follow-up")).getString("state"));
        assertTrue(INSPECTOR.get("/measures/open-orders?entity=" + entity).array().stream()
                .noneMatch(v -> v.asJsonObject().getInt("measureId") == orderId));

        JsonObject next = ok(INSPECTOR.get("/measures/" + orderId + "/next-step"));
        assertEquals("SUSPENSION", next.getString("proposal"));
        assertTrue(next.getJsonArray("allowedTypes").toString().contains("SUSPENSION"));
        assertTrue(!next.getJsonArray("allowedTypes").toString().contains("CONDITIONAL_FINE"));

        Api.Reply suspension = draftOnCase(caseId, "SUSPENSION", "\"suspensionScope\":\"PARTIAL\"");
        assertEquals(201, suspension.status(), suspension.toString());
        long suspensionId = suspension.json().getInt("id");
        hearing(suspensionId, "2024-11-20", "2024-12-04", null);
        ok(INSPECTOR.post("/measures/" + suspensionId + "/propose", null));
        JsonObject suspended = decide(DECIDER, suspensionId, "2024-12-10");
        assertEquals("DECIDED", suspended.getString("state"));
        assertEquals("PARTIAL", suspended.getString("suspensionScope"));

        // the pilot period is over: no coercive measure can be decided on it today
        Api.Reply late = draftOnCase(caseId, "ORDER", "\"deadline\":\"2099-01-31\"");
        long lateId = late.json().getInt("id");
        hearing(lateId, "2024-12-01", "2024-12-15", "2024-12-02");
        ok(INSPECTOR.post("/measures/" + lateId + "/propose", null));
        Api.Reply refused = DECIDER.post("/measures/" + lateId + "/decide", "{}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("measure.outside-supervision-period", problemCode(refused));

        // the whole path is in the audit trail
        String trail = ADMIN.get("/audit?type=Measure&id=" + orderId).body();
        for (String action : new String[] {"DRAFTED", "HEARING_REQUESTED", "PROPOSED", "DECIDED", "SERVED", "NOT_COMPLIED"}) {
            assertTrue(trail.contains("\"" + action + "\""), action + " in " + trail);
        }
    }

    @Test
    void pilotSuspensionRefusedWhenOrderWasComplied() {
        JsonObject order = draftNew(municipality("Kajaani"), "ORDER", "\"deadline\":\"2024-05-31\"");
        long id = order.getInt("id");
        hearing(id, "2024-03-01", "2024-03-15", null);
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        decide(DECIDER, id, "2024-04-02");
        serve(id, "VERIFIED_LETTER", "2024-04-05");
        ok(INSPECTOR.post("/measures/" + id + "/comply", "{\"complied\":true,\"evidence\":\"Korjaussuunnitelma toteutettu.\"}"));
        assertFalse(ok(INSPECTOR.get("/measures/" + id + "/next-step")).containsKey("proposal"), "nothing to propose");

        Api.Reply suspension = draftOnCase(order.getInt("caseId"), "SUSPENSION", "\"suspensionScope\":\"WHOLE\"");
        assertEquals(422, suspension.status(), suspension.toString());
        assertEquals("measure.suspension-requires-unheeded-order", problemCode(suspension));
        assertEquals("type", suspension.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void pilotLawHasNoConditionalFine() {
        Api.Reply withFine = INSPECTOR.post("/measures", """
                {"entityId":%d,"subject":"IT uhkasakko","type":"ORDER","deadline":"2024-06-30","conditionalFine":1000}"""
                .formatted(municipality("Kajaani")));
        assertEquals(422, withFine.status(), withFine.toString());
        assertEquals("measure.conditional-fine-not-in-pilot-law", problemCode(withFine));
    }

    @Test
    void employmentAreaOrderWithFineThenFineImposed() {
        long area = employmentArea("TyöHäme");
        Api.Reply suspension = INSPECTOR.post("/measures", """
                {"entityId":%d,"subject":"IT keskeytys","type":"SUSPENSION","suspensionScope":"WHOLE"}""".formatted(area));
        assertEquals(422, suspension.status(), suspension.toString());
        assertEquals("measure.no-suspension-under-380-2023", problemCode(suspension));

        JsonObject order = draftNew(area, "ORDER", "\"deadline\":\"2025-05-30\",\"conditionalFine\":5000");
        long orderId = order.getInt("id");
        assertEquals("EMPLOYMENT_AREA_380_2023", order.getString("regime"));
        assertEquals(5000, order.getJsonNumber("conditionalFine").intValue());

        // imposing the fine needs the order decided, served and unheeded
        Api.Reply tooEarly = draftOnCase(order.getInt("caseId"), "CONDITIONAL_FINE", "\"conditionalFine\":5000");
        assertEquals(422, tooEarly.status(), tooEarly.toString());
        assertEquals("measure.conditional-fine-requires-order-with-fine", problemCode(tooEarly));

        hearing(orderId, "2025-03-03", "2025-03-17", "2025-03-12");
        ok(INSPECTOR.post("/measures/" + orderId + "/propose", null));
        decide(DECIDER, orderId, "2025-04-01");
        serve(orderId, "VERIFIED_LETTER", "2025-04-02");
        assertEquals("CONDITIONAL_FINE", ok(INSPECTOR.get("/measures/" + orderId + "/follow-up")).getString("proposedNext"));
        ok(INSPECTOR.post("/measures/" + orderId + "/comply", "{\"complied\":false,\"evidence\":\"Ei korjattu.\"}"));
        JsonObject next = ok(INSPECTOR.get("/measures/" + orderId + "/next-step"));
        assertEquals("CONDITIONAL_FINE", next.getString("proposal"));
        assertTrue(!next.getJsonArray("allowedTypes").toString().contains("SUSPENSION"));

        Api.Reply fine = draftOnCase(order.getInt("caseId"), "CONDITIONAL_FINE", "\"conditionalFine\":5000");
        assertEquals(201, fine.status(), fine.toString());
        long fineId = fine.json().getInt("id");
        ok(INSPECTOR.post("/measures/" + fineId + "/propose", null));
        // HL 34 §: the party is heard before the fine is imposed too
        Api.Reply unheard = DECIDER.post("/measures/" + fineId + "/decide", "{\"decidedOn\":\"2025-06-23\"}");
        assertEquals(422, unheard.status(), unheard.toString());
        assertEquals("measure.hearing-required", problemCode(unheard));
        hearing(fineId, "2025-06-02", "2025-06-16", null);
        JsonObject imposed = decide(DECIDER, fineId, "2025-06-23");
        assertEquals("DECIDED", imposed.getString("state"));
        assertEquals("CONDITIONAL_FINE", imposed.getString("type"));
    }
}
