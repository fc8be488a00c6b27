package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several complaints assigned in one request ({@code POST /complaints/assignments}): each one is a change of
 * its own — its version checked, the case's rules applied, audited — and what one refuses is reported for
 * it while the others are assigned.
 */
@ExtendWith(ArquillianExtension.class)
class BulkAssignIT {

    private final Api registrar = Api.as("kirjaamo");
    private final Api auditor = Api.as("auditor");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void eachComplaintIsAssignedOrRefusedOnItsOwnAndAuditedOnce() {
        long fresh = register();
        long stale = register();
        long staleVersion = version(stale);
        Complaints.ok(registrar, stale, "assign", "{\"assignee\":\"tarkastaja\"}"); // changed meanwhile
        long barred = register();
        // HL 27 §: the inspector declares themselves disqualified in this case
        assertEquals(200, Complaints.act(Api.as("tarkastaja2"), barred, "disqualification", "{\"ground\":\"PARTY\"}").status());
        long closed = register();
        Complaints.ok(registrar, closed, "withdraw", null);
        long another = register();

        Api.Reply r = registrar.post("/complaints/assignments", """
                {"assignee":"tarkastaja2","complaints":[%s]}""".formatted(String.join(",",
                item(fresh, version(fresh)), item(stale, staleVersion), item(barred, version(barred)),
                item(closed, version(closed)), item(999_999_999L, 0), item(another, version(another)))));
        assertEquals(200, r.status(), r.toString());
        JsonObject result = r.json();
        assertEquals(2, result.getInt("assigned"), result.toString());
        assertEquals(4, result.getInt("refused"), result.toString());
        JsonArray results = result.getJsonArray("results");
        assertEquals(List.of(fresh, stale, barred, closed, 999_999_999L, another), results.stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList(), "in the order given");
        assertEquals(List.of(200, 412, 403, 409, 404, 200), results.stream()
                .map(v -> v.asJsonObject().getInt("status")).toList(), results.toString());
        assertEquals(List.of("stale-version", "disqualified-hl-27", "complaint.assign-terminal", "not-found"),
                results.stream().map(JsonValue::asJsonObject).filter(o -> o.getInt("status") != 200)
                        .map(o -> o.getString("code")).toList(), results.toString());

        for (long id : List.of(fresh, another)) {
            JsonObject c = registrar.get("/complaints/" + id).json();
            assertEquals("tarkastaja2", c.getString("assignee"));
            JsonObject mine = results.stream().map(JsonValue::asJsonObject)
                    .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            assertEquals(c.getInt("version"), mine.getInt("version"), "the version to act on next");
            assertEquals("tarkastaja2", mine.getString("assignee"));
            assertEquals(List.of("kirjaamo"), assignments(id), "one audit record of the assignment, by its maker");
        }
        assertEquals("tarkastaja", registrar.get("/complaints/" + stale).json().getString("assignee"), "the later change stands");
        assertEquals(List.of("kirjaamo"), assignments(stale), "only the single assignment that won");
        JsonObject notAssigned = registrar.get("/complaints/" + barred).json();
        assertTrue(!notAssigned.containsKey("assignee") || notAssigned.isNull("assignee"), notAssigned.toString());
        assertEquals(List.of(), assignments(barred));
        assertEquals(List.of(), assignments(closed));
    }

    @Test
    void onlyAnActiveInspectorIsAssignedAndTheRequestIsBounded() {
        long id = register();
        Api.Reply notInspector = registrar.post("/complaints/assignments",
                "{\"assignee\":\"kirjaamo\",\"complaints\":[" + item(id, version(id)) + "]}");
        assertEquals(200, notInspector.status(), notInspector.toString());
        JsonObject refused = notInspector.json().getJsonArray("results").getJsonObject(0);
        assertEquals(422, refused.getInt("status"));
        assertEquals("complaint.assignee-not-inspector", refused.getString("code"));
        assertEquals(List.of(), assignments(id));

        assertEquals(422, registrar.post("/complaints/assignments", "{\"assignee\":\"tarkastaja\",\"complaints\":[]}").status());
        assertEquals(422, registrar.post("/complaints/assignments",
                "{\"assignee\":\"tarkastaja\",\"complaints\":[{\"id\":" + id + "}]}").status(), "a version is required");
        String tooMany = IntStream.range(0, 101).mapToObj(i -> item(id, 0)).collect(Collectors.joining(","));
        assertEquals(422, registrar.post("/complaints/assignments",
                "{\"assignee\":\"tarkastaja\",\"complaints\":[" + tooMany + "]}").status(), "at most 100");
        assertEquals(403, auditor.post("/complaints/assignments",
                "{\"assignee\":\"tarkastaja\",\"complaints\":[" + item(id, version(id)) + "]}").status());
    }

    private long register() {
        return Complaints.register(registrar, Complaints.body().received(TestClock.today().minusMonths(6).toString()))
                .getInt("id");
    }

    private long version(long id) {
        return registrar.get("/complaints/" + id).json().getInt("version");
    }

    private static String item(long id, long version) {
        return "{\"id\":" + id + ",\"version\":" + version + "}";
    }

    /** Who made each assignment of the complaint, from its audit trail. */
    private List<String> assignments(long id) {
        return auditor.get("/complaints/" + id + "/audit").array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("ASSIGNED")).map(e -> e.getString("actor")).toList();
    }
}
