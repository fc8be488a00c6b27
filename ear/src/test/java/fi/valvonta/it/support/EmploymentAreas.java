package fi.valvonta.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new employment area (380/2023) for a test of its own: supervised from 1.1.2025, so conduct a few
 * months before the server's today is always within its supervision.
 */
public final class EmploymentAreas {

    private EmploymentAreas() {
    }

    /** Creates an area of one unilingual municipality that belongs to none yet; returns it as the API shows it. */
    public static JsonObject create(String namePrefix) {
        JsonArray all = Api.as("tarkastaja").get("/municipalities?max=500").json().getJsonArray("items");
        List<Integer> free = all.stream().map(JsonValue::asJsonObject)
                .filter(m -> !m.containsKey("employmentAreaId") || m.isNull("employmentAreaId"))
                .filter(m -> !m.getBoolean("bilingual", false))
                .map(m -> m.getInt("id")).toList();
        // a third into the list: other tests take from the middle and the end, demo data from the start
        int member = free.get(free.size() / 3);
        Api.Reply created = Api.as("admin").post("/employment-areas", """
                {"nameFi":"%s %s","model":"LEAD_MUNICIPALITY","memberIds":[%d]}"""
                .formatted(namePrefix, UUID.randomUUID().toString().substring(0, 8), member));
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }
}
