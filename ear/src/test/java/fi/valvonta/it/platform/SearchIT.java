package fi.valvonta.it.platform;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Users;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /search} on the server's own database (H2, or PostgreSQL under -Ppostgresql): one set of records
 * made for the class, each carrying a made-up word no other test writes, found by case number, word, entity,
 * official and party; Finnish and Swedish stemming asserted where the database stems (PostgreSQL); what each
 * role finds; the use log of a name found; paging and refused queries.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final Api INSPECTOR = Api.as("tarkastaja");
    private static final long RAASEPORI = Complaints.RAASEPORI;
    private static final long ESPOO = Complaints.ESPOO;

    /** The records of the class, made once by the first test that needs them. */
    private record Fixture(String word, String surname, String official, long finnish, String finnishNumber,
                           long swedish, long measureCase, long inspection) {
    }

    private static Fixture fixture;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    private static synchronized Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        Random random = new Random();
        String word = letters(random, 10);
        String surname = "Hakulinen" + letters(random, 6);
        String username = Users.uniqueName("haku");
        Users.create(username, "INSPECTOR");
        Api registrar = Api.as("kirjaamo");
        JsonObject finnish = register(registrar, body().entity(RAASEPORI)
                .description("Asiakas ei saanut palvelua kunnassa ajallaan. " + word));
        finnish = registrar.send("POST", "/complaints/" + finnish.getInt("id") + "/assign",
                "{\"assignee\":\"" + username + "\"}", Map.of("If-Match", "\"" + finnish.getInt("version") + "\"")).json();
        assertEquals(username, finnish.getString("assignee"), finnish::toString);
        Complaints.Body swedishBody = body().entity(ESPOO).language("SV")
                .description("Handläggaren svarade inte på ansökan om stöd. " + word);
        swedishBody.name = "Maja " + surname;
        JsonObject swedish = register(registrar, swedishBody);
        Api.Reply measure = INSPECTOR.post("/measures", """
                {"entityId":%d,"subject":"Hakutesti %s","origin":"OWN_INITIATIVE","type":"GUIDANCE",
                 "facts":"Palvelutarpeen arviointi viivästyi.","legalBasis":"Hallintolaki 23 §",
                 "reasoning":"Viivästys vaarantaa oikeudet.","decision":"Arvioinnit ajan tasalle."}"""
                .formatted(RAASEPORI, word));
        assertEquals(201, measure.status(), measure.toString());
        Api.Reply inspection = INSPECTOR.post("/inspections", """
                {"entityId":%d,"type":"DESK_REVIEW","scheduledOn":"%s","inspectors":["tarkastaja","%s"],"complaintReference":"%s"}"""
                .formatted(ESPOO, TestClock.today(), username, finnish.getString("caseNumber")));
        assertEquals(201, inspection.status(), inspection.toString());
        long inspectionId = inspection.json().getInt("id");
        String item = inspection.json().getJsonArray("checklist").getJsonObject(0).getString("code");
        Api.Reply finding = INSPECTOR.post("/inspections/" + inspectionId + "/findings",
                "{\"itemCode\":\"%s\",\"outcome\":\"COMPLIANT\",\"description\":\"Asiointi sujui. %s\"}".formatted(item, word));
        assertEquals(201, finding.status(), finding.toString());
        fixture = new Fixture(word, surname, "IT " + username, finnish.getInt("id"), finnish.getString("caseNumber"),
                swedish.getInt("id"), measure.json().getInt("caseId"), inspectionId);
        return fixture;
    }

    private static String letters(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static Api.Reply search(Api as, String q, String paging) {
        return as.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + paging);
    }

    /** The hits of {@code q} as TYPE:id. */
    private static Set<String> hits(Api as, String q) {
        Api.Reply r = search(as, q, "&max=100");
        assertEquals(200, r.status(), r.toString());
        return items(r).stream().map(i -> i.getString("type") + ":" + i.getInt("id")).collect(Collectors.toSet());
    }

    private static List<JsonObject> items(Api.Reply r) {
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static boolean postgresql() {
        return Api.as("auditor").get("/system").json().getString("database").startsWith("PostgreSQL");
    }

    private static String complaint(long id) {
        return "COMPLAINT:" + id;
    }

    @Test
    void aCaseNumberFindsTheComplaintAndTheInspectionItPrompted() {
        Fixture f = fixture();
        Set<String> expected = Set.of(complaint(f.finnish()), "INSPECTION:" + f.inspection());
        assertEquals(expected, hits(INSPECTOR, f.finnishNumber()));
        assertEquals(expected, hits(INSPECTOR, f.finnishNumber().toLowerCase()), "in any letter case");
        String serialAndYear = f.finnishNumber().substring(f.finnishNumber().indexOf('/') + 1);
        assertTrue(hits(INSPECTOR, serialAndYear).containsAll(expected), "serial/year under any prefix");
        JsonObject hit = items(search(INSPECTOR, f.finnishNumber(), "")).stream()
                .filter(i -> i.getString("type").equals("COMPLAINT")).findFirst().orElseThrow();
        assertEquals(f.finnishNumber(), hit.getString("caseNumber"));
        assertEquals("Raasepori", hit.getString("entityName"));
        assertEquals("Raseborg", hit.getString("entityNameSv"));
        assertEquals("REGISTERED", hit.getString("state"));
        assertTrue(hit.getString("link").endsWith("/api/v1/complaints/" + f.finnish()), hit.toString());
    }

    @Test
    void aWordFindsEveryKindOfRecordAndEveryWordMustBeFound() {
        Fixture f = fixture();
        Set<String> all = Set.of(complaint(f.finnish()), complaint(f.swedish()), "MEASURE_CASE:" + f.measureCase(),
                "INSPECTION:" + f.inspection());
        assertEquals(all, hits(INSPECTOR, f.word()), "description, measure case subject, inspection finding");
        assertEquals(Set.of(complaint(f.finnish())), hits(INSPECTOR, "kunnassa " + f.word()));
        assertEquals(Set.of(), hits(INSPECTOR, "kunnassa handläggaren " + f.word()), "no record has all three");
        assertEquals(Set.of("MEASURE_CASE:" + f.measureCase()), hits(INSPECTOR, "viivästyi " + f.word()), "a measure's facts");
        JsonObject measure = items(search(INSPECTOR, "hakutesti " + f.word(), "")).get(0);
        assertEquals("Hakutesti " + f.word(), measure.getString("title"));
        assertEquals("GUIDANCE", measure.getString("kind"));
        assertEquals("DRAFT", measure.getString("state"));
        assertTrue(measure.getString("link").contains("/api/v1/measures/"), measure.toString());
    }

    @Test
    void finnishAndSwedishWordsAreStemmedOnPostgresql() {
        Fixture f = fixture();
        assertEquals(Set.of(complaint(f.swedish())), hits(INSPECTOR, "handläggaren " + f.word()), "as written, on both");
        if (postgresql()) {
            // the finnish configuration: "kunnassa" (in the municipality) and "kunta" share their stem
            assertEquals(Set.of(complaint(f.finnish())), hits(INSPECTOR, "kunta " + f.word()));
            assertEquals(Set.of(complaint(f.swedish())), hits(INSPECTOR, "handläggare " + f.word()), "swedish");
            assertEquals(Set.of(complaint(f.finnish())), hits(INSPECTOR, "\"saanut palvelua\" " + f.word()), "a phrase");
        } else {
            // H2 reads the same columns with LIKE: a part of a word, no stem
            assertEquals(Set.of(complaint(f.swedish())), hits(INSPECTOR, "handläggare " + f.word()), "contained");
            assertEquals(Set.of(), hits(INSPECTOR, "kunta " + f.word()), "no stemming on H2");
        }
    }

    @Test
    void theEntityByItsFinnishOrSwedishNameInflectedOrNot() {
        Fixture f = fixture();
        Set<String> raasepori = Set.of(complaint(f.finnish()), "MEASURE_CASE:" + f.measureCase());
        assertEquals(raasepori, hits(INSPECTOR, "Raasepori " + f.word()));
        assertEquals(raasepori, hits(INSPECTOR, "raseborg " + f.word()));
        assertEquals(raasepori, hits(INSPECTOR, "Raaseporin " + f.word()));
        assertEquals(Set.of(complaint(f.swedish()), "INSPECTION:" + f.inspection()), hits(INSPECTOR, "Esbo " + f.word()));
    }

    @Test
    void anOfficialByDisplayName() {
        Fixture f = fixture();
        // the complaint assigned to them and the inspection they take part in, nothing else: the user is new
        assertEquals(Set.of(complaint(f.finnish()), "INSPECTION:" + f.inspection()),
                hits(INSPECTOR, "\"" + f.official() + "\""));
    }

    @Test
    void aComplainantFoundByNameIsShownAndTheViewUseLogged() {
        Fixture f = fixture();
        Api auditor = Api.as("auditor");
        long before = auditor.get("/audit/views?type=Complaint&id=" + f.swedish()).json().getJsonNumber("views").longValue();
        Api.Reply byWord = search(INSPECTOR, f.word(), "&max=100");
        JsonObject unnamed = items(byWord).stream().filter(i -> i.getInt("id") == f.swedish() && i.getString("type").equals("COMPLAINT"))
                .findFirst().orElseThrow();
        assertFalse(unnamed.containsKey("party") && !unnamed.isNull("party"), "the name was not searched for: not shown");
        assertEquals(before, auditor.get("/audit/views?type=Complaint&id=" + f.swedish()).json().getJsonNumber("views").longValue(),
                "nor logged");

        List<JsonObject> byName = items(search(INSPECTOR, f.surname(), ""));
        assertEquals(1, byName.size(), byName.toString());
        assertEquals("Maja " + f.surname(), byName.get(0).getString("party"));
        assertEquals(before + 1, auditor.get("/audit/views?type=Complaint&id=" + f.swedish()).json().getJsonNumber("views").longValue(),
                "the name found is personal data: the view is in the use log");
        assertTrue(auditor.get("/audit/use-log?type=Complaint&id=" + f.swedish()).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(u -> u.getString("actor").equals("tarkastaja") && u.getString("channel").equals("api")));
        assertEquals(1, items(search(INSPECTOR, f.surname().substring(0, 14), "")).size(), "a name from its start");
    }

    @Test
    void eachRoleFindsOnlyWhatItReads() {
        Fixture f = fixture();
        String measure = "MEASURE_CASE:" + f.measureCase();
        String inspection = "INSPECTION:" + f.inspection();
        assertEquals(Set.of(complaint(f.finnish()), complaint(f.swedish()), measure, inspection), hits(Api.as("auditor"), f.word()));
        // the administrator reads no complaints: none is found, not even by its case number or its party's name
        assertEquals(Set.of(measure, inspection), hits(Api.as("admin"), f.word()));
        assertEquals(Set.of(), hits(Api.as("admin"), f.surname()));
        assertEquals(Set.of(inspection), hits(Api.as("admin"), f.finnishNumber()));
        // the registry reads no measures
        assertEquals(Set.of(complaint(f.finnish()), complaint(f.swedish()), inspection), hits(Api.as("kirjaamo"), f.word()));
        assertEquals(401, Api.anonymous().get("/search?q=" + f.word()).status());
    }

    @Test
    void pagedWithTheTotal() {
        Fixture f = fixture();
        Api.Reply first = search(INSPECTOR, f.word(), "&first=0&max=3");
        Api.Reply second = search(INSPECTOR, f.word(), "&first=3&max=3");
        assertEquals(4, first.json().getInt("total"));
        assertEquals(4, second.json().getInt("total"));
        assertEquals(3, items(first).size());
        assertEquals(1, items(second).size());
        Set<String> seen = new java.util.HashSet<>();
        items(first).forEach(i -> seen.add(i.getString("type") + ":" + i.getInt("id")));
        items(second).forEach(i -> seen.add(i.getString("type") + ":" + i.getInt("id")));
        assertEquals(4, seen.size(), "no hit twice");
    }

    @Test
    void anEmptyOrTooLongQueryIs422() {
        for (String q : new String[]{"", "%20%20", "%21%3F"}) {
            Api.Reply r = INSPECTOR.get("/search?q=" + q);
            assertEquals(422, r.status(), q + ": " + r);
            assertTrue(r.isProblem(), r.toString());
            assertEquals("search.query-empty", r.json().getString("code"));
            assertEquals("q", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals("search.query-empty", INSPECTOR.get("/search").json().getString("code"));
        Api.Reply tooLong = search(INSPECTOR, "a".repeat(201), "");
        assertEquals(422, tooLong.status(), tooLong.toString());
        assertEquals("search.query-too-long", tooLong.json().getString("code"));
        Api.Reply tooMany = search(INSPECTOR, "aa bb cc dd ee ff gg hh ii jj kk", "");
        assertEquals("search.too-many-terms", tooMany.json().getString("code"));
        Api.Reply tooBig = search(INSPECTOR, fixture().word(), "&max=101");
        assertEquals(422, tooBig.status(), "a page of at most 100: " + tooBig);
        assertEquals("max", tooBig.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
