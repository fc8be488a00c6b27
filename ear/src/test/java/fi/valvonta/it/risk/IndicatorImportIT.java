package fi.valvonta.it.risk;

import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import static fi.valvonta.it.planning.Planning.entries;
import static fi.valvonta.it.planning.Planning.entryOf;
import static fi.valvonta.it.planning.Planning.factor;
import static fi.valvonta.it.planning.Planning.id;
import static fi.valvonta.it.planning.Planning.newDraft;
import static fi.valvonta.it.planning.Planning.newModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV import of indicators and of complaint/order signals, all or nothing, and their effect on a draft. */
@ExtendWith(ArquillianExtension.class)
class IndicatorImportIT {

    private static final long ENTITY_A = 60;
    private static final long ENTITY_B = 61;
    private static final long ENTITY_C = 62;

    private final Api inspector = Api.as("tarkastaja");
    private final LocalDate today = TestClock.today();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void indicatorsImportAllOrNothing() throws Exception {
        int historyB = inspector.get("/indicators/" + ENTITY_B).array().size();
        // a past day for which no other test records indicators (every run starts from an empty database)
        LocalDate day = today.minusDays(1234);
        String refused = "entityId;validOn;clientCount;foreignLanguageShare;under30Share;source\n"
                + ENTITY_B + ";" + day + ";1200;0.05;0.2;IT import\n"
                + ENTITY_A + ";" + day + ";1300;1.5;0.2;IT import\n";
        HttpResponse<String> bad = csv("/indicators/import", refused);
        assertEquals(422, bad.statusCode(), bad.body());
        JsonObject problem = Json.createReader(new StringReader(bad.body())).readObject();
        assertEquals("file", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").startsWith("Rivi 3: "), problem.toString());
        assertEquals(historyB, inspector.get("/indicators/" + ENTITY_B).array().size(), "nothing of a refused file is kept");

        String good = "entityId;validOn;clientCount;foreignLanguageShare;under30Share;source\n"
                + ENTITY_B + ";" + day + ";1200;0.05;0.2;IT import\n"
                + ENTITY_A + ";" + day + ";1300;0.15;0.2;IT import\n";
        HttpResponse<String> ok = csv("/indicators/import", good);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(2, Json.createReader(new StringReader(ok.body())).readObject().getInt("rows"));
        assertTrue(inspector.get("/indicators/" + ENTITY_B).array().stream().anyMatch(i ->
                i.asJsonObject().getString("validOn").equals(day.toString())
                        && i.asJsonObject().getString("source").equals("IT import")));

        assertEquals(422, csv("/indicators/import", "wrong;header\n1;2\n").statusCode());
    }

    @Test
    void importedComplaintsAndOrdersFeedTheRiskModel() throws Exception {
        JsonObject draft = newDraft(inspector, 2024, id(newModel(inspector, Map.of())), 300);
        JsonObject before = entryOf(entries(inspector, id(draft)), ENTITY_C);
        double substantiated = count(before, "LANGUAGE_RIGHTS", "likelihood.complaints.substantiated");
        double overdue = count(before, "LANGUAGE_RIGHTS", "likelihood.orders.overdue");

        String signals = "entityId;kind;dimension;occurredOn;substantiation;dueOn;closedOn;source\n"
                + ENTITY_C + ";COMPLAINT;LANGUAGE_RIGHTS;" + today + ";SUBSTANTIATED;;;IT\n"
                + ENTITY_C + ";ORDER;LANGUAGE_RIGHTS;" + today.minusDays(100) + ";;" + today.minusDays(10) + ";;IT\n"
                + ENTITY_C + ";ORDER;LANGUAGE_RIGHTS;" + today.minusDays(100) + ";;" + today.minusDays(10) + ";" + today.minusDays(20) + ";IT closed\n";
        HttpResponse<String> ok = csv("/indicators/signals/import", signals);
        assertEquals(200, ok.statusCode(), ok.body());

        JsonObject after = entryOf(entries(inspector, id(draft)), ENTITY_C);
        assertEquals(substantiated + 1, count(after, "LANGUAGE_RIGHTS", "likelihood.complaints.substantiated"), 1e-9);
        assertEquals(overdue + 1, count(after, "LANGUAGE_RIGHTS", "likelihood.orders.overdue"), 1e-9,
                "the open overdue order counts; the closed one does not");
        assertTrue(after.getJsonNumber("totalRisk").doubleValue() > before.getJsonNumber("totalRisk").doubleValue());

        HttpResponse<String> unknown = csv("/indicators/signals/import",
                "entityId;kind;dimension;occurredOn;substantiation;dueOn;closedOn;source\n999999;COMPLAINT;LANGUAGE_RIGHTS;"
                        + today + ";SUBSTANTIATED;;;IT\n");
        assertEquals(422, unknown.statusCode(), unknown.body());
    }

    private static double count(JsonObject entry, String dimension, String key) {
        return factor(entry, dimension, key).getJsonObject("inputs").getJsonNumber("count").doubleValue();
    }

    private static HttpResponse<String> csv(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tarkastaja:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
