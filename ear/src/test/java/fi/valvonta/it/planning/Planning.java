package fi.valvonta.it.planning;

import fi.valvonta.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helpers of the planning ITs: a fresh risk model version and a draft plan of one's own. */
public final class Planning {

    private Planning() {
    }

    /** A new risk model version named uniquely, from the defaults with the given top-level changes. */
    public static JsonObject newModel(Api api, Map<String, JsonValue> changes) {
        JsonObject defaults = api.get("/risk-models/defaults").json();
        JsonObjectBuilder b = Json.createObjectBuilder(defaults)
                .add("version", "IT-" + UUID.randomUUID().toString().substring(0, 8));
        changes.forEach(b::add);
        Api.Reply r = api.post("/risk-models", b.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static JsonObject weights(double dataProtection, double equalTreatment, double languageRights) {
        return Json.createObjectBuilder().add("DATA_PROTECTION", dataProtection).add("EQUAL_TREATMENT", equalTreatment)
                .add("LANGUAGE_RIGHTS", languageRights).build();
    }

    public static JsonObject newDraft(Api api, int year, long modelId, double days) {
        Api.Reply r = api.post("/plans", """
                {"year":%d,"riskModelId":%d,"inspectorDays":%s,"reserveShare":0.2,"costOnSiteDays":5,"costDeskReviewDays":1.5}"""
                .formatted(year, modelId, days));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    public static JsonArray entries(Api api, long planId) {
        Api.Reply r = api.get("/plans/" + planId + "/entries");
        assertEquals(200, r.status(), r.toString());
        return r.array();
    }

    public static JsonObject entryOf(JsonArray entries, long entityId) {
        return entries.stream().map(JsonValue::asJsonObject).filter(e -> e.getJsonNumber("entityId").longValue() == entityId)
                .findFirst().orElseThrow(() -> new AssertionError("no entry of entity " + entityId));
    }

    public static JsonObject factor(JsonObject entry, String dimension, String key) {
        JsonObject dim = entry.getJsonArray("dimensions").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("dimension").equals(dimension)).findFirst().orElseThrow();
        return dim.getJsonArray("factors").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow();
    }

    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
