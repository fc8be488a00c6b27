package fi.valvonta.it.measure;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.EmploymentAreas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared steps of the measure ITs: every test makes its own case, so none depends on another. */
public final class MeasureFixtures {

    public static final Api INSPECTOR = Api.as("tarkastaja");
    static final Api INSPECTOR2 = Api.as("tarkastaja2");
    public static final Api DECIDER = Api.as("ratkaisija");
    static final Api AUDITOR = Api.as("auditor");
    static final Api ADMIN = Api.as("admin");

    private MeasureFixtures() {
    }

    /** A municipality found by its Finnish name (all are pilot municipalities, 1269/2020). */
    public static long municipality(String nameFi) {
        JsonArray items = INSPECTOR.get("/municipalities?max=5&q=" + nameFi).json().getJsonArray("items");
        return items.stream().map(JsonValue::asJsonObject).filter(m -> m.getString("nameFi").equals(nameFi))
                .findFirst().orElseThrow().getInt("id");
    }

    /**
     * A reference employment area (380/2023, supervised from 1.1.2025) by its Finnish name; each test class names
     * its own unilingual one, so the register lists of one test hold only its own cases.
     */
    static long employmentArea(String nameFi) {
        return EmploymentAreas.referenceId(nameFi);
    }

    /** Drafts a measure on a new case of the entity; extra JSON members are appended. */
    public static JsonObject draftNew(long entityId, String type, String extra) {
        Api.Reply r = INSPECTOR.post("/measures", """
                {"entityId":%d,"subject":"IT asia %s","origin":"OWN_INITIATIVE","type":"%s",%s}"""
                .formatted(entityId, UUID.randomUUID(), type, texts() + (extra.isEmpty() ? "" : "," + extra)));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static Api.Reply draftOnCase(long caseId, String type, String extra) {
        return INSPECTOR.post("/measures", """
                {"caseId":%d,"type":"%s",%s}""".formatted(caseId, type, texts() + (extra.isEmpty() ? "" : "," + extra)));
    }

    static String texts() {
        return "\"facts\":\"Asiakkaiden palvelutarpeen arviointi on viivästynyt.\","
                + "\"legalBasis\":\"Hallintolaki 23 §\","
                + "\"reasoning\":\"Viivästys vaarantaa asiakkaiden oikeudet.\","
                + "\"decision\":\"Palvelutarpeen arvioinnit on saatettava ajan tasalle.\"";
    }

    public static JsonObject ok(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    public static void hearing(long id, String requestedOn, String deadline, String respondedOn) {
        ok(INSPECTOR.post("/measures/" + id + "/hearing",
                "{\"requestedOn\":\"%s\",\"deadline\":\"%s\"}".formatted(requestedOn, deadline)));
        if (respondedOn != null) {
            ok(INSPECTOR.post("/measures/" + id + "/hearing-response", "{\"respondedOn\":\"%s\"}".formatted(respondedOn)));
        }
    }

    public static JsonObject decide(Api as, long id, String decidedOn) {
        return ok(as.post("/measures/" + id + "/decide", "{\"decidedOn\":\"%s\"}".formatted(decidedOn)));
    }

    public static JsonObject serve(long id, String method, String date) {
        return ok(INSPECTOR.post("/measures/" + id + "/serve", "{\"method\":\"%s\",\"date\":\"%s\"}".formatted(method, date)));
    }

    static String problemCode(Api.Reply r) {
        return r.json().getString("code");
    }

    /** GET returning raw bytes (the PDF). */
    static HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
