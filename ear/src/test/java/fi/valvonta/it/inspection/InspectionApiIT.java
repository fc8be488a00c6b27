package fi.valvonta.it.inspection;

import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static fi.valvonta.it.planning.Planning.entries;
import static fi.valvonta.it.planning.Planning.entryOf;
import static fi.valvonta.it.planning.Planning.factor;
import static fi.valvonta.it.planning.Planning.id;
import static fi.valvonta.it.planning.Planning.newDraft;
import static fi.valvonta.it.planning.Planning.newModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inspections: checklist with legal bases, findings by id, completion, and findings feeding the risk model. */
@ExtendWith(ArquillianExtension.class)
class InspectionApiIT {

    private static final long ESPOO = 1;      // bilingual
    private static final long ISOJOKI = 3;    // unilingual Finnish
    private static final long KARIJOKI = 4;

    private final Api inspector = Api.as("tarkastaja");
    private final String today = TestClock.today().toString();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    private JsonObject schedule(long entity, String extra) {
        Api.Reply r = inspector.post("/inspections", """
                {"entityId":%d,"type":"ON_SITE","scheduledOn":"%s","inspectors":["tarkastaja","tarkastaja2"]%s}"""
                .formatted(entity, today, extra));
        assertEquals(201, r.status(), r.toString());
        assertNotNull(r.header("Location"));
        return r.json();
    }

    private static List<String> codes(JsonObject inspection) {
        return inspection.getJsonArray("checklist").stream().map(i -> i.asJsonObject().getString("code")).toList();
    }

    private static List<String> allowed(JsonObject view) {
        return view.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void anInspectionOffersWhatItsStateAndTheCallersRolesAllow() {
        JsonObject inspection = schedule(ISOJOKI, "");
        assertEquals(List.of("reschedule", "record-finding", "complete"), allowed(inspection));
        assertEquals(List.of(), allowed(Api.as("auditor").get("/inspections/" + id(inspection)).json()));

        Api.Reply done = inspector.post("/inspections/" + id(inspection) + "/completion", "{\"report\":\"Report text\"}");
        assertEquals(200, done.status(), done.toString());
        assertEquals(List.of(), allowed(done.json()), "a completed inspection is final");
        Api.Reply moved = inspector.send("PUT", "/inspections/" + id(inspection),
                "{\"scheduledOn\":\"" + today + "\",\"inspectors\":[\"tarkastaja\"]}", Map.of());
        assertEquals(409, moved.status(), moved.toString());
        assertEquals("inspection.completed", moved.json().getString("code"));
    }

    @Test
    void checklistItemsNameTheirLegalBasisAndFollowTheLanguageStatus() {
        JsonObject espoo = schedule(ESPOO, ",\"complaintReference\":\"LVV/1/2026\"");
        assertEquals("AD_HOC", espoo.getString("origin"));
        assertEquals("LVV/1/2026", espoo.getString("complaintReference"));
        assertEquals(List.of("tarkastaja", "tarkastaja2"), espoo.getJsonArray("inspectors").stream()
                .map(Api::str).toList());
        espoo.getJsonArray("checklist").forEach(i -> assertFalse(i.asJsonObject().getString("legalBasis").isBlank()));
        assertTrue(espoo.getJsonArray("checklist").stream().map(JsonValue::asJsonObject).anyMatch(i ->
                i.getString("code").equals("LR_OWN_LANGUAGE") && i.getString("legalBasis").equals("kielilaki 423/2003 10 §")));
        assertTrue(espoo.getJsonArray("checklist").stream().map(JsonValue::asJsonObject).anyMatch(i ->
                i.getString("dimension").equals("DATA_PROTECTION") && i.getString("legalBasis").contains("2016/679")));

        JsonObject isojoki = schedule(ISOJOKI, ",\"dimensions\":[\"LANGUAGE_RIGHTS\"]");
        assertEquals(List.of("LR_ACTIVE"), codes(isojoki), "a unilingual municipality outside the Sámi homeland");
    }

    @Test
    void findingsAreExposedByIdAndADeficiencyFeedsTheRiskModel() {
        JsonObject draft = newDraft(inspector, 2024, id(newModel(inspector, Map.of())), 300);
        double seriousBefore = factor(entryOf(entries(inspector, id(draft)), KARIJOKI), "DATA_PROTECTION",
                "likelihood.findings.serious").getJsonObject("inputs").getJsonNumber("count").doubleValue();

        JsonObject inspection = schedule(KARIJOKI, "");
        Api.Reply finding = inspector.post("/inspections/" + id(inspection) + "/findings", """
                {"itemCode":"DP_ACCESS_RIGHTS","outcome":"DEFICIENCY","severity":"SERIOUS","description":"Shared user ids"}""");
        assertEquals(201, finding.status(), finding.toString());
        long findingId = id(finding.json());
        assertTrue(finding.header("Location").endsWith("/findings/" + findingId));

        JsonObject byId = inspector.get("/findings/" + findingId).json();
        assertEquals(KARIJOKI, byId.getJsonNumber("entityId").longValue());
        assertEquals(id(inspection), byId.getJsonNumber("inspectionId").longValue());
        assertEquals("tietosuoja-asetus (EU) 2016/679 32 art.", byId.getString("legalBasis"));
        assertEquals("DEFICIENCY", inspector.get("/inspections/" + id(inspection)).json().getJsonArray("checklist")
                .stream().map(JsonValue::asJsonObject).filter(i -> i.getString("code").equals("DP_ACCESS_RIGHTS"))
                .findFirst().orElseThrow().getString("outcome"));

        double seriousAfter = factor(entryOf(entries(inspector, id(draft)), KARIJOKI), "DATA_PROTECTION",
                "likelihood.findings.serious").getJsonObject("inputs").getJsonNumber("count").doubleValue();
        assertEquals(seriousBefore + 1, seriousAfter, 1e-9);

        // completion: the inspection date now counts as the last inspection, and nothing changes afterwards
        Api.Reply done = inspector.post("/inspections/" + id(inspection) + "/completion", "{\"report\":\"Report text\"}");
        assertEquals(200, done.status(), done.toString());
        assertEquals("COMPLETED", done.json().getString("state"));
        assertEquals(0.0, factor(entryOf(entries(inspector, id(draft)), KARIJOKI), "DATA_PROTECTION",
                "likelihood.sinceInspection").getJsonObject("inputs").getJsonNumber("months").doubleValue(), 1e-9);
        Api.Reply late = inspector.post("/inspections/" + id(inspection) + "/findings", """
                {"itemCode":"DP_RECORDS","outcome":"COMPLIANT","description":"ok"}""");
        assertEquals(409, late.status(), late.toString());
    }

    @Test
    void refusedFindingsAndSchedulesNameTheirField() {
        JsonObject inspection = schedule(ISOJOKI, "");
        Api.Reply noSeverity = inspector.post("/inspections/" + id(inspection) + "/findings", """
                {"itemCode":"ET_PROMOTION","outcome":"DEFICIENCY","description":"No equality plan"}""");
        assertEquals(422, noSeverity.status());
        assertEquals("severity", noSeverity.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply unknownItem = inspector.post("/inspections/" + id(inspection) + "/findings", """
                {"itemCode":"LR_SAMI","outcome":"COMPLIANT","description":"n/a"}""");
        assertEquals(422, unknownItem.status());
        assertEquals("itemCode", unknownItem.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject draft = newDraft(inspector, 2024, id(newModel(inspector, Map.of())), 300);
        Api.Reply fromDraft = inspector.post("/inspections", """
                {"entityId":%d,"planId":%d,"type":"ON_SITE","scheduledOn":"%s","inspectors":["tarkastaja"]}"""
                .formatted(ISOJOKI, id(draft), today));
        assertEquals(422, fromDraft.status());
        assertEquals("planId", fromDraft.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void plannedInspectionOfAnAdoptedPlanAndTheCalendarListing() {
        JsonObject draft = newDraft(inspector, 2021, id(newModel(inspector, Map.of())), 20);
        assertEquals(200, Api.as("ratkaisija").post("/plans/" + id(draft) + "/adopt", null).status());
        JsonObject first = entries(inspector, id(draft)).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.containsKey("inspectionType") && !e.isNull("inspectionType")).findFirst().orElseThrow();
        long entity = first.getJsonNumber("entityId").longValue();
        JsonObject planned = schedule(entity, ",\"planId\":" + id(draft));
        assertEquals("PLAN", planned.getString("origin"));

        JsonObject notPlanned = entries(inspector, id(draft)).stream().map(JsonValue::asJsonObject)
                .filter(e -> !e.containsKey("inspectionType") || e.isNull("inspectionType")).findFirst().orElseThrow();
        Api.Reply refused = inspector.post("/inspections", """
                {"entityId":%d,"planId":%d,"type":"ON_SITE","scheduledOn":"%s","inspectors":["tarkastaja"]}"""
                .formatted(notPlanned.getJsonNumber("entityId").longValue(), id(draft), today));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("entityId", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        List<Long> onToday = inspector.get("/inspections?from=" + today + "&to=" + today).array().stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(onToday.contains(id(planned)));
        assertEquals(422, inspector.get("/inspections?from=yesterday").status());
    }
}
