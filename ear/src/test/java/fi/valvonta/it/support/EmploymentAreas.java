package fi.valvonta.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Employment areas (380/2023) for the integration tests. Since 1.1.2025 every municipality is a member of one
 * of the 45 reference areas, which the tests read and never change: a test that needs an area supervised in
 * 2025 or 2026 uses a reference area by name. A test that forms an area of its own forms it from a day far in
 * the future (2100 or later, after every membership its members already have), so the municipalities move to it
 * only then: the reference data of every year a test looks at stay as they are, whatever the tests' order.
 */
public final class EmploymentAreas {

    /** Areas formed by tests start on this day at the earliest, after any year a test reads. */
    public static final LocalDate TEST_AREAS_FROM = LocalDate.of(2100, 1, 1);
    private static final Api ADMIN = Api.as("admin");
    private static final Random RANDOM = new Random();

    private EmploymentAreas() {
    }

    /** The reference area of that Finnish name (supervised from 1.1.2025), with its memberships. */
    public static JsonObject reference(String nameFi) {
        return ADMIN.get("/employment-areas?on=2025-01-01").array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("nameFi").equals(nameFi)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no reference employment area " + nameFi));
    }

    /** The id of {@link #reference(String)}. */
    public static long referenceId(String nameFi) {
        return reference(nameFi).getJsonNumber("id").longValue();
    }

    /**
     * {@code n} municipalities of an employment area today matching {@code filter}, picked at random; never an area's
     * lead: a lead that leaves its area (for a test area from 2100) takes the lead off its area (EmploymentArea#memberLeft),
     * which another test reads.
     */
    public static List<JsonObject> members(int n, Predicate<JsonObject> filter) {
        JsonArray all = ADMIN.get("/municipalities?max=500").json().getJsonArray("items");
        java.util.Set<Long> leads = ADMIN.get("/employment-areas?on=2025-01-01").array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.containsKey("leadId") && !a.isNull("leadId"))
                .map(a -> a.getJsonNumber("leadId").longValue()).collect(java.util.stream.Collectors.toSet());
        List<JsonObject> candidates = new ArrayList<>(all.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.containsKey("employmentAreaId") && !m.isNull("employmentAreaId"))
                .filter(m -> !leads.contains(m.getJsonNumber("id").longValue()))
                .filter(filter).toList());
        if (candidates.size() < n) {
            throw new IllegalStateException("only " + candidates.size() + " municipalities match, the test needs " + n);
        }
        Collections.shuffle(candidates, RANDOM);
        return List.copyOf(candidates.subList(0, n));
    }

    /** Ids of {@link #members}. */
    public static List<Integer> memberIds(int n) {
        return members(n, m -> true).stream().map(m -> m.getInt("id")).toList();
    }

    /**
     * A day from which an area of these municipalities can be formed: {@link #TEST_AREAS_FROM}, or a year after
     * the latest membership any of them has when an earlier test already moved one of them further on.
     */
    public static LocalDate startFor(List<Integer> municipalityIds) {
        LocalDate day = TEST_AREAS_FROM;
        for (int id : municipalityIds) {
            for (JsonValue h : ADMIN.get("/municipalities/" + id).json().getJsonArray("history")) {
                LocalDate from = LocalDate.parse(h.asJsonObject().getString("from"));
                if (!from.isBefore(day)) {
                    day = from.plusYears(1);
                }
            }
        }
        return day;
    }

    /** Forms, as admin, an area of the given members and model from {@link #startFor}; asserts 201 and returns it. */
    public static JsonObject establish(String name, String model, List<Integer> memberIds) {
        Api.Reply created = ADMIN.post("/employment-areas", """
                {"nameFi":"%s","model":"%s","supervisedFrom":"%s","memberIds":[%s]}""".formatted(name, model,
                startFor(memberIds), memberIds.stream().map(String::valueOf).collect(Collectors.joining(","))));
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    /** A new area of {@code n} municipalities, from the far future, with a unique name. */
    public static JsonObject establishNew(String namePrefix, String model, int n) {
        return establish(namePrefix + " " + UUID.randomUUID(), model, memberIds(n));
    }
}
