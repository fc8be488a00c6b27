package fi.valvonta.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Employment areas (380/2023) for the integration tests. A municipality belongs to at most one employment
 * area, so a test that establishes one needs members no other area has taken. They are read from the
 * registry at the moment a test needs them, never agreed on in advance, so the tests do not collide
 * whatever their order and whatever demo mode or earlier tests have established.
 */
public final class EmploymentAreas {

    private static final Api ADMIN = Api.as("admin");

    private EmploymentAreas() {
    }

    /** {@code n} municipalities that belong to no employment area now; the test fails if the registry has too few. */
    public static List<JsonObject> freeMunicipalities(int n) {
        return freeMunicipalities(n, m -> true);
    }

    /** {@code n} municipalities matching {@code filter} that belong to no employment area now. */
    public static List<JsonObject> freeMunicipalities(int n, Predicate<JsonObject> filter) {
        JsonArray all = ADMIN.get("/municipalities?max=500").json().getJsonArray("items");
        List<JsonObject> free = all.stream().map(JsonValue::asJsonObject)
                .filter(m -> !m.containsKey("employmentAreaId") || m.isNull("employmentAreaId"))
                .filter(filter)
                .limit(n)
                .toList();
        if (free.size() < n) {
            throw new IllegalStateException("the registry has " + free.size() + " municipalities in no employment area, "
                    + "the test needs " + n + ": run the suite on a fresh database");
        }
        return free;
    }

    /** Ids of {@link #freeMunicipalities(int)}. */
    public static List<Integer> freeMunicipalityIds(int n) {
        return freeMunicipalities(n).stream().map(m -> m.getInt("id")).toList();
    }

    /** Establishes, as admin, an area of the given members and model; asserts 201 and returns it. */
    public static JsonObject establish(String name, String model, List<Integer> memberIds) {
        Api.Reply created = ADMIN.post("/employment-areas", """
                {"nameFi":"%s","model":"%s","memberIds":[%s]}""".formatted(name, model,
                memberIds.stream().map(String::valueOf).collect(Collectors.joining(","))));
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    /** A new single-member area of a free municipality matching {@code filter}, with a unique name. */
    public static JsonObject establishNew(String namePrefix, String model, Predicate<JsonObject> filter) {
        int member = freeMunicipalities(1, filter).get(0).getInt("id");
        return establish(namePrefix + " " + UUID.randomUUID(), model, List.of(member));
    }

    /** A new area of one free unilingual municipality, led by it, with a unique name. */
    public static JsonObject create(String namePrefix) {
        return establishNew(namePrefix, "LEAD_MUNICIPALITY", m -> !m.getBoolean("bilingual", false));
    }
}
