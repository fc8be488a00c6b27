package fi.valvonta.it.registry;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.EmploymentAreas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry through the REST API: the reference data (292 municipalities of 2025 with region and court, the
 * 45 employment areas from 1.1.2025, the 118 pilot municipalities and their history), filters, forming an area
 * and recording its lead (ADMIN), audit, error mapping.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryApiIT {

    private static final String AREAS_START = "2025-01-01";
    private final Api inspector = Api.as("tarkastaja");
    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    private JsonObject municipality(String nameFi) {
        JsonArray items = inspector.get("/municipalities?max=5&q=" + nameFi).json().getJsonArray("items");
        JsonObject summary = items.stream().map(JsonValue::asJsonObject).filter(m -> m.getString("nameFi").equals(nameFi))
                .findFirst().orElseThrow(() -> new AssertionError("no municipality " + nameFi + " in " + items));
        return inspector.get("/municipalities/" + summary.getInt("id")).json();
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private static long membersOn(JsonObject area, String day) {
        LocalDate d = LocalDate.parse(day);
        return objects(area.getJsonArray("members")).stream().filter(m -> !LocalDate.parse(m.getString("from")).isAfter(d)
                && (!m.containsKey("until") || !LocalDate.parse(m.getString("until")).isBefore(d))).count();
    }

    @Test
    void registryHoldsThe292MunicipalitiesOf2025AndThe118PilotMunicipalities() {
        JsonArray pilots = inspector.get("/pilot-areas").array();
        assertEquals(25, pilots.size());
        assertEquals(118, pilots.stream().mapToInt(a -> a.asJsonObject().getInt("municipalityCount")).sum());

        JsonObject all = inspector.get("/municipalities?max=500").json();
        // 292 municipalities of 2025 and Pertunmaa, which merged into Mäntyharju on 1.1.2025
        assertEquals(293, all.getInt("total"));
        List<JsonObject> items = objects(all.getJsonArray("items"));
        assertEquals(292, items.stream().filter(m -> m.containsKey("employmentAreaId")).count(), "each in an area today");
        assertEquals(293, items.stream().filter(m -> m.containsKey("municipalityCode") && m.containsKey("court")).count(),
                "every municipality has its code, region and court");
        assertEquals(293, items.stream().map(m -> m.getString("municipalityCode")).distinct().count(), "codes are unique");
        assertEquals(175, items.stream().filter(m -> !m.containsKey("regime")).count(), "not a pilot: never supervised itself");
    }

    @Test
    void languageFiltersFollowTheLanguageAct() {
        // kielilaki 5 §, the decree of 2023–2032: 33 bilingual municipalities, 15 with a Swedish majority
        assertEquals(33, inspector.get("/municipalities?language=BILINGUAL").json().getInt("total"));
        JsonObject swedish = inspector.get("/municipalities?language=SWEDISH_MAJORITY&max=50").json();
        assertEquals(15, swedish.getInt("total"));
        JsonObject raasepori = objects(swedish.getJsonArray("items")).stream()
                .filter(m -> m.getString("nameFi").equals("Raasepori")).findFirst().orElseThrow();
        assertEquals("Raseborg", raasepori.getString("nameSv"));
        Set<String> sami = objects(inspector.get("/municipalities?language=SAMI_HOMELAND").json().getJsonArray("items"))
                .stream().map(m -> m.getString("nameFi")).collect(Collectors.toSet());
        assertEquals(Set.of("Enontekiö", "Inari", "Sodankylä", "Utsjoki"), sami);
    }

    @Test
    void pilotMunicipalityCarriesRegionCourtAndItsHistory() {
        JsonObject espoo = municipality("Espoo");
        assertEquals("049", espoo.getString("municipalityCode"));
        assertEquals("Uusimaa", espoo.getString("regionNameFi"));
        assertEquals("Nyland", espoo.getString("regionNameSv"));
        assertEquals("HELSINKI", espoo.getString("court"));
        assertEquals("Helsingfors förvaltningsdomstol", espoo.getString("courtNameSv"));
        assertEquals("PILOT_1269_2020", espoo.getString("regime"));
        assertEquals("2021-03-01", espoo.getString("supervisedFrom"));
        assertEquals("2024-12-31", espoo.getString("supervisedUntil"));
        assertTrue(espoo.getBoolean("bilingual"));
        assertEquals("Espoo-Kauniainen", espoo.getString("employmentAreaName"));

        // pilot (2021–2024) → member of its employment area (2025–)
        List<JsonObject> history = objects(espoo.getJsonArray("history"));
        assertEquals(2, history.size(), history.toString());
        assertEquals("PILOT_AREA", history.get(0).getString("kind"));
        assertEquals("Espoon kuntakokeilu", history.get(0).getString("areaNameFi"));
        assertEquals("2024-12-31", history.get(0).getString("until"));
        assertEquals("EMPLOYMENT_AREA", history.get(1).getString("kind"));
        assertEquals("Espoo-Kauniainen", history.get(1).getString("areaNameFi"));
        assertEquals("Esbo-Grankulla", history.get(1).getString("areaNameSv"));
        assertEquals(AREAS_START, history.get(1).getString("from"));
        assertFalse(history.get(1).containsKey("until"), "open-ended");
    }

    @Test
    void suomussalmiIsSpeltRightAndBelongsToKainuuKoillismaa() {
        assertEquals(0, inspector.get("/municipalities?q=Suomusalmi").json().getInt("total"), "the misspelling is gone");
        JsonObject suomussalmi = municipality("Suomussalmi");
        assertEquals("777", suomussalmi.getString("municipalityCode"));
        assertEquals("POHJOIS_SUOMI", suomussalmi.getString("court"));
        assertEquals("Kainuun seudun kuntakokeilu", suomussalmi.getString("pilotAreaName"));
        List<String> kinds = objects(suomussalmi.getJsonArray("history")).stream().map(h -> h.getString("kind")).toList();
        assertEquals(List.of("PILOT_AREA", "EMPLOYMENT_AREA"), kinds);

        // an area's members, read both ways
        JsonObject kainuu = inspector.get("/employment-areas/" + suomussalmi.getInt("employmentAreaId")).json();
        assertEquals("Kainuu-Koillismaa", kainuu.getString("nameFi"));
        assertEquals("Kajanaland-Nordostlandet", kainuu.getString("nameSv"));
        assertEquals("LEAD_MUNICIPALITY", kainuu.getString("model"));
        assertEquals("Kajaani", kainuu.getString("leadNameFi"));
        assertEquals("explicit", kainuu.getString("leadEvidence"));
        assertTrue(kainuu.getString("leadSource").startsWith("https://"), kainuu.toString());
        assertEquals("POHJOIS_SUOMI", kainuu.getString("court"));
        assertEquals(10, membersOn(kainuu, AREAS_START));
        assertTrue(objects(kainuu.getJsonArray("members")).stream().anyMatch(m -> m.getString("nameFi").equals("Suomussalmi")));
        assertEquals(10, inspector.get("/municipalities?employmentArea=" + kainuu.getInt("id")).json().getInt("total"));
    }

    @Test
    void pertunmaaMergedIntoMantyharjuAndHasNoArea() {
        JsonObject pertunmaa = municipality("Pertunmaa");
        assertEquals("588", pertunmaa.getString("municipalityCode"));
        assertFalse(pertunmaa.containsKey("employmentAreaId"), pertunmaa.toString());
        List<JsonObject> history = objects(pertunmaa.getJsonArray("history"));
        assertEquals(1, history.size(), "a pilot municipality until 2024, no 2025 membership: " + history);
        assertEquals("Mikkelin seudun kuntakokeilu", history.get(0).getString("areaNameFi"));
        assertEquals("Mikkelin seutu", municipality("Mäntyharju").getString("employmentAreaName"));
    }

    @Test
    void fortyFiveEmploymentAreasFrom2025WithModelLeadAndEvidence() {
        assertEquals(0, inspector.get("/employment-areas?on=2024-12-31").array().size(), "none before laki 380/2023");
        List<JsonObject> areas = objects(inspector.get("/employment-areas?on=" + AREAS_START).array());
        assertEquals(45, areas.size());
        Map<String, Long> models = areas.stream().collect(Collectors.groupingBy(a -> a.getString("model"), Collectors.counting()));
        assertEquals(Map.of("LEAD_MUNICIPALITY", 39L, "SINGLE_MUNICIPALITY", 4L, "JOINT_AUTHORITY", 2L), models);
        assertEquals(292, areas.stream().mapToLong(a -> membersOn(a, AREAS_START)).sum(), "every municipality in one area");
        Set<String> noLead = areas.stream().filter(a -> !a.containsKey("leadId")).map(a -> a.getString("nameFi"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Hanko-Inkoo-Raasepori", "Keski-Savo", "Kuopio", "Pohjois- ja Itä-Lappi", "Kymppi", "Suupohja"),
                noLead, "a lead is recorded only where the evidence names one");
        JsonObject paijatHame = areas.stream().filter(a -> a.getString("nameFi").equals("Päijät-Häme")).findFirst().orElseThrow();
        assertEquals("Hollola", paijatHame.getString("leadNameFi"));
        assertTrue(paijatHame.getString("leadSource").contains("hollola.fi"), paijatHame.toString());
        JsonObject kuopio = areas.stream().filter(a -> a.getString("nameFi").equals("Kuopio")).findFirst().orElseThrow();
        assertTrue(kuopio.getString("leadEvidence").startsWith("unverified"), kuopio.toString());
        assertEquals("ITA_SUOMI", kuopio.getString("court"), "its members all lie in Itä-Suomi's circuit");
        JsonObject raasepori = areas.stream().filter(a -> a.getString("nameFi").equals("Hanko-Inkoo-Raasepori")).findFirst()
                .orElseThrow();
        assertTrue(raasepori.getBoolean("bilingual"));
        assertEquals("SV", raasepori.getString("majorityLanguage"), "two of its three members have a Swedish majority");
    }

    @Test
    void leadIsRecordedByAnAdministratorOnly() {
        long kuopio = EmploymentAreas.referenceId("Kuopio");
        Api.Reply inspectorTries = inspector.send("PUT", "/employment-areas/" + kuopio + "/lead",
                "{\"municipalityId\":40,\"source\":\"https://example.invalid\"}", Map.of());
        assertEquals(403, inspectorTries.status(), inspectorTries.toString());
        assertFalse(inspector.get("/employment-areas/" + kuopio).json().containsKey("leadId"), "nothing recorded");

        Api.Reply joint = admin.send("PUT", "/employment-areas/" + EmploymentAreas.referenceId("Kymppi") + "/lead",
                "{\"municipalityId\":40,\"source\":\"https://example.invalid\"}", Map.of());
        assertEquals(422, joint.status(), joint.toString());
        assertEquals("employment-area.joint-authority-has-no-lead", joint.json().getString("code"));

        // an area of this test's own, formed with no lead: the administrator records one of its members
        List<Integer> ownMembers = EmploymentAreas.members(2, m -> !m.getString("nameFi").equals("Puolanka")).stream()
                .map(m -> m.getInt("id")).toList();
        JsonObject own = EmploymentAreas.establish("IT-vastuukunta " + UUID.randomUUID(), "LEAD_MUNICIPALITY", ownMembers);
        long ownId = own.getJsonNumber("id").longValue();
        assertFalse(own.containsKey("leadId"));
        int member = own.getJsonArray("members").getJsonObject(0).getInt("id");
        Api.Reply outsider = admin.send("PUT", "/employment-areas/" + ownId + "/lead",
                "{\"municipalityId\":%d,\"source\":\"TEM/2099/1\"}".formatted(municipality("Puolanka").getInt("id")), Map.of());
        assertEquals(422, outsider.status(), outsider.toString());
        assertEquals("employment-area.lead-not-member", outsider.json().getString("code"));
        Api.Reply noSource = admin.send("PUT", "/employment-areas/" + ownId + "/lead",
                "{\"municipalityId\":%d}".formatted(member), Map.of());
        assertEquals(422, noSource.status(), noSource.toString());

        Api.Reply recorded = admin.send("PUT", "/employment-areas/" + ownId + "/lead",
                "{\"municipalityId\":%d,\"source\":\"TEM/2099/1\"}".formatted(member), Map.of());
        assertEquals(200, recorded.status(), recorded.toString());
        assertEquals(member, recorded.json().getInt("leadId"));
        assertEquals("TEM/2099/1", recorded.json().getString("leadSource"));
        assertEquals("recorded by an administrator", recorded.json().getString("leadEvidence"));
        List<String> actions = objects(admin.get("/audit?type=EmploymentArea&id=" + ownId).array()).stream()
                .map(r -> r.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("ESTABLISHED", "LEAD_RECORDED")), actions.toString());
    }

    @Test
    void adminFormsAnAreaFromADayAndItsMembersMoveThenWithTheirHistoryKept() {
        List<Integer> members = EmploymentAreas.memberIds(2);
        String formerArea = inspector.get("/municipalities/" + members.get(0)).json().getString("employmentAreaName");
        LocalDate from = EmploymentAreas.startFor(members);
        String name = "IT-alue " + UUID.randomUUID();
        Api.Reply created = admin.post("/employment-areas", """
                {"nameFi":"%s","model":"LEAD_MUNICIPALITY","supervisedFrom":"%s","memberIds":[%d,%d]}"""
                .formatted(name, from, members.get(0), members.get(1)));
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.header("Location"));
        JsonObject area = created.json();
        assertEquals("EMPLOYMENT_AREA_380_2023", area.getString("regime"));
        assertEquals(from.toString(), area.getString("supervisedFrom"));
        assertEquals(2, area.getJsonArray("members").size());

        // the member moves on that day; today it is where it was, and its history says both
        JsonObject member = inspector.get("/municipalities/" + members.get(0)).json();
        assertEquals(formerArea, member.getString("employmentAreaName"), "today nothing changed");
        List<JsonObject> history = objects(member.getJsonArray("history"));
        JsonObject last = history.get(history.size() - 1);
        JsonObject before = history.get(history.size() - 2);
        assertEquals(name, last.getString("areaNameFi"));
        assertEquals(from.toString(), last.getString("from"));
        assertEquals(from.minusDays(1).toString(), before.getString("until"));
        assertTrue(inspector.get("/employment-areas?on=" + AREAS_START).array().stream()
                .noneMatch(a -> a.asJsonObject().getString("nameFi").equals(name)), "not an area of 2025");

        JsonArray trail = admin.get("/audit?type=EmploymentArea&id=" + area.getInt("id")).array();
        assertEquals(1, trail.size());
        JsonObject record = trail.getJsonObject(0);
        assertEquals("admin", record.getString("actor"));
        assertEquals("ESTABLISHED", record.getString("action"));
        assertTrue(record.getString("after").contains(name) && record.getString("after").contains("from " + formerArea),
                record.toString());
    }

    @Test
    void refusedEmploymentAreaWritesNothing() {
        int member = EmploymentAreas.memberIds(1).get(0);
        JsonArray historyBefore = inspector.get("/municipalities/" + member).json().getJsonArray("history");
        String name = "IT liian aikaisin " + UUID.randomUUID();
        // supervision under 380/2023 cannot start before the law: 422, and no half-written area or membership
        Api.Reply refused = admin.post("/employment-areas", """
                {"nameFi":"%s","model":"LEAD_MUNICIPALITY","supervisedFrom":"2024-06-01","memberIds":[%d]}"""
                .formatted(name, member));
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.isProblem());
        assertEquals("employment-area.before-law", refused.json().getString("code"));
        assertEquals("supervisedFrom", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        // history is not rewritten: the member's reference membership began on that very day
        Api.Reply taken = admin.post("/employment-areas", """
                {"nameFi":"%s","model":"LEAD_MUNICIPALITY","supervisedFrom":"%s","memberIds":[%d]}"""
                .formatted(name, AREAS_START, member));
        assertEquals(422, taken.status(), taken.toString());
        assertEquals("employment-area.member-taken", taken.json().getString("code"));
        assertTrue(inspector.get("/employment-areas").array().stream()
                .noneMatch(a -> a.asJsonObject().getString("nameFi", "").equals(name)), "no area of that name was written");
        assertEquals(historyBefore, inspector.get("/municipalities/" + member).json().getJsonArray("history"),
                "its memberships are untouched");
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
        assertTrue(fields.containsAll(List.of("nameFi", "memberIds", "model", "supervisedFrom")), fields.toString());

        Api.Reply unknownMember = admin.post("/employment-areas",
                "{\"nameFi\":\"IT\",\"model\":\"JOINT_AUTHORITY\",\"supervisedFrom\":\"2099-01-01\",\"memberIds\":[999999]}");
        assertEquals(422, unknownMember.status());
        assertEquals("memberIds", unknownMember.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply badQuery = inspector.get("/municipalities?max=100000");
        assertEquals(422, badQuery.status(), badQuery.toString());
        assertEquals("max", badQuery.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply badDay = inspector.get("/employment-areas?on=2025-02-30");
        assertEquals(422, badDay.status(), badDay.toString());
        assertEquals("on", badDay.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
