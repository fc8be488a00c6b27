package fi.valvonta.it.registry;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.EmploymentAreas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry through the REST API: seeded data, filters, employment areas, audit, error mapping. */
@ExtendWith(ArquillianExtension.class)
class RegistryApiIT {

    private final Api inspector = Api.as("tarkastaja");
    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void registryHolds118MunicipalitiesIn25PilotAreas() {
        JsonArray areas = inspector.get("/pilot-areas").array();
        assertEquals(25, areas.size());
        int sum = areas.stream().mapToInt(a -> a.asJsonObject().getInt("municipalityCount")).sum();
        assertEquals(118, sum);
        assertEquals(118, inspector.get("/municipalities?max=1").json().getInt("total"));
    }

    @Test
    void languageFiltersFollowTheLanguageAct() {
        assertEquals(8, inspector.get("/municipalities?language=BILINGUAL").json().getInt("total"));
        JsonObject swedish = inspector.get("/municipalities?language=SWEDISH_MAJORITY").json();
        assertEquals(1, swedish.getInt("total"));
        JsonObject raasepori = swedish.getJsonArray("items").getJsonObject(0);
        assertEquals("Raasepori", raasepori.getString("nameFi"));
        assertEquals("Raseborg", raasepori.getString("nameSv"));
        JsonObject sami = inspector.get("/municipalities?language=SAMI_HOMELAND").json();
        assertEquals("Sodankylä", sami.getJsonArray("items").getJsonObject(0).getString("nameFi"));
    }

    @Test
    void municipalityCarriesRegimeAndPeriod() {
        JsonObject espoo = inspector.get("/municipalities?q=espoo").json().getJsonArray("items").getJsonObject(0);
        JsonObject one = inspector.get("/municipalities/" + espoo.getInt("id")).json();
        assertEquals("PILOT_1269_2020", one.getString("regime"));
        assertEquals("2021-03-01", one.getString("supervisedFrom"));
        assertEquals("2024-12-31", one.getString("supervisedUntil"));
        assertTrue(one.getBoolean("bilingual"));
    }

    @Test
    void filterByPilotAreaAndPaging() {
        JsonObject page = inspector.get("/municipalities?area=2&max=3&first=3").json();
        assertEquals(7, page.getInt("total"));
        assertEquals(3, page.getJsonArray("items").size());
        page.getJsonArray("items").forEach(m -> assertEquals(2, m.asJsonObject().getInt("pilotAreaId")));
    }

    @Test
    void adminEstablishesEmploymentAreaAndItIsAudited() {
        List<Integer> free = EmploymentAreas.freeMunicipalityIds(2);
        String name = "IT-alue " + UUID.randomUUID();
        Api.Reply created = admin.post("/employment-areas", """
                {"nameFi":"%s","model":"LEAD_MUNICIPALITY","memberIds":[%d,%d]}""".formatted(name, free.get(0), free.get(1)));
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.header("Location"));
        JsonObject area = created.json();
        assertEquals("EMPLOYMENT_AREA_380_2023", area.getString("regime"));
        assertEquals("2025-01-01", area.getString("supervisedFrom"));
        assertEquals(2, area.getJsonArray("members").size());

        JsonObject member = inspector.get("/municipalities/" + free.get(0)).json();
        assertEquals(area.getInt("id"), member.getInt("employmentAreaId"));

        JsonArray trail = admin.get("/audit?type=EmploymentArea&id=" + area.getInt("id")).array();
        assertEquals(1, trail.size());
        JsonObject record = trail.getJsonObject(0);
        assertEquals("admin", record.getString("actor"));
        assertEquals("ESTABLISHED", record.getString("action"));
        assertTrue(record.getString("after").contains(name));
    }

    @Test
    void refusedEmploymentAreaWritesNothing() {
        List<Integer> free = EmploymentAreas.freeMunicipalityIds(1);
        String name = "IT liian aikaisin " + UUID.randomUUID();
        // supervision under 380/2023 cannot start before the law: 422, and no half-written area or member link
        Api.Reply refused = admin.post("/employment-areas", """
                {"nameFi":"%s","model":"LEAD_MUNICIPALITY","supervisedFrom":"2024-06-01","memberIds":[%d]}"""
                .formatted(name, free.get(0)));
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.isProblem());
        assertEquals("employment-area.before-law", refused.json().getString("code"));
        assertEquals("supervisedFrom", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(inspector.get("/employment-areas").array().stream()
                .noneMatch(a -> a.asJsonObject().getString("nameFi", "").equals(name)), "no area of that name was written");
        assertTrue(inspector.get("/municipalities/" + free.get(0)).json().get("employmentAreaId") == null
                || inspector.get("/municipalities/" + free.get(0)).json().isNull("employmentAreaId"));
    }

    @Test
    void errorsAreProblemJson() {
        Api.Reply notFound = inspector.get("/municipalities/999999");
        assertEquals(404, notFound.status());
        assertTrue(notFound.isProblem());
        assertEquals(404, notFound.json().getInt("status"));

        Api.Reply malformed = admin.post("/employment-areas", "{\"nameFi\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.isProblem());

        Api.Reply invalid = admin.post("/employment-areas", "{\"nameFi\":\"\",\"memberIds\":[]}");
        assertEquals(422, invalid.status());
        assertTrue(invalid.isProblem());
        List<String> fields = invalid.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("nameFi", "memberIds", "model")), fields.toString());

        Api.Reply unknownMember = admin.post("/employment-areas",
                "{\"nameFi\":\"IT\",\"model\":\"JOINT_AUTHORITY\",\"memberIds\":[999999]}");
        assertEquals(422, unknownMember.status());
        assertEquals("memberIds", unknownMember.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply badQuery = inspector.get("/municipalities?max=100000");
        assertEquals(422, badQuery.status(), badQuery.toString());
        assertEquals("max", badQuery.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
