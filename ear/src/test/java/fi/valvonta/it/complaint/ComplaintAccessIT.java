package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static fi.valvonta.it.support.Complaints.act;
import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.ok;
import static fi.valvonta.it.support.Complaints.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may do what with complaints: the auditor only reads, the registry does not decide, admin does not read cases. */
@ExtendWith(ArquillianExtension.class)
class ComplaintAccessIT {

    private final Api registrar = Api.as("kirjaamo");
    private final Api inspector = Api.as("tarkastaja");
    private final Api auditor = Api.as("auditor");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void auditorReadsButChangesNothing() {
        JsonObject c = register(registrar, body());
        int id = c.getInt("id");
        String etag = "\"" + c.getInt("version") + "\"";
        assertEquals(200, auditor.get("/complaints/" + id).status());
        assertEquals(200, auditor.get("/complaints?max=5").status());
        assertEquals(200, auditor.get("/complaints/" + id + "/audit").status());
        assertEquals(200, auditor.get("/statistics/complaints").status());

        Api.Reply create = auditor.post("/complaints", body().json());
        assertEquals(403, create.status(), create.toString());
        assertTrue(create.isProblem());
        for (String action : new String[]{"start-assessment", "withdraw", "propose-not-investigated", "not-investigate", "transfer", "decide"}) {
            Api.Reply r = act(auditor, id, action, null, etag);
            assertEquals(403, r.status(), action + ": " + r);
            assertTrue(r.isProblem());
        }
        assertEquals(403, auditor.send("POST", "/complaints/" + id + "/assign", "{\"assignee\":\"tarkastaja\"}",
                Map.of("If-Match", etag)).status());
        assertEquals(403, auditor.send("POST", "/complaints/" + id + "/attachments?fileName=a.txt", "x",
                Map.of("Content-Type", "text/plain")).status());
        assertEquals("REGISTERED", auditor.get("/complaints/" + id).json().getString("state"));
        assertEquals(0, auditor.get("/complaints/" + id).json().getJsonArray("allowedActions").size());
    }

    @Test
    void registrarCannotAssessProposeOrDecide() {
        int id = register(registrar, body()).getInt("id");
        assertEquals(403, act(registrar, id, "start-assessment", null).status());
        ok(inspector, id, "start-assessment", null);
        ok(inspector, id, "start-preparation", null);
        assertEquals(403, act(registrar, id, "propose", "{\"outcome\":\"NO_ACTION\",\"text\":\"x\"}").status());
        ok(inspector, id, "propose", "{\"outcome\":\"NO_ACTION\",\"text\":\"Ei aihetta toimenpiteisiin.\"}");
        Api.Reply decide = act(registrar, id, "decide", null);
        assertEquals(403, decide.status(), decide.toString());
        assertEquals("complaint.action-forbidden", decide.json().getString("code"));
        assertEquals("PROPOSED", registrar.get("/complaints/" + id).json().getString("state"));
        assertEquals(403, act(inspector, id, "decide", null).status(), "an inspector does not decide either");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin"})
    void adminDoesNotReadComplaints(String user) {
        assertEquals(403, Api.as(user).get("/complaints").status());
        assertEquals(200, Api.as(user).get("/statistics/complaints").status());
    }

    @Test
    void assignmentGoesToInspectorsOnly() {
        JsonObject c = register(registrar, body());
        int id = c.getInt("id");
        Api.Reply toDecider = registrar.send("POST", "/complaints/" + id + "/assign", "{\"assignee\":\"ratkaisija\"}",
                Map.of("If-Match", "\"" + c.getInt("version") + "\""));
        assertEquals(422, toDecider.status(), toDecider.toString());
        assertEquals("assignee", toDecider.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply toInspector = registrar.send("POST", "/complaints/" + id + "/assign", "{\"assignee\":\"tarkastaja2\"}",
                Map.of("If-Match", "\"" + c.getInt("version") + "\""));
        assertEquals(200, toInspector.status(), toInspector.toString());
        assertEquals("tarkastaja2", toInspector.json().getString("assignee"));
        assertTrue(Api.as("tarkastaja2").get("/complaints?inbox=MINE&max=500").json().getJsonArray("items").stream()
                .anyMatch(i -> i.asJsonObject().getInt("id") == id));
    }

    @Test
    void documentsAreSizeLimitedStoredAndServedAsAttachments() {
        int id = register(registrar, body()).getInt("id");
        Api.Reply up = registrar.send("POST", "/complaints/" + id + "/attachments?fileName=kantelu%20liite.txt",
                "Kantelun liite", Map.of("Content-Type", "text/plain"));
        assertEquals(201, up.status(), up.toString());
        int aid = up.json().getInt("id");
        assertEquals(14, up.json().getInt("size"));
        Api.Reply down = auditor.get("/complaints/" + id + "/attachments/" + aid);
        assertEquals(200, down.status());
        assertEquals("Kantelun liite", down.body());
        assertTrue(down.header("Content-Disposition").startsWith("attachment;"), down.header("Content-Disposition"));
        assertEquals("nosniff", down.header("X-Content-Type-Options"));
        assertEquals(1, auditor.get("/complaints/" + id).json().getJsonArray("attachments").size());
        assertTrue(auditor.get("/complaints/" + id + "/audit").array().stream()
                .anyMatch(e -> e.asJsonObject().getString("action").equals("DOCUMENT_ADDED")));

        String tooLarge = "x".repeat(10 * 1024 * 1024 + 1);
        Api.Reply refused = registrar.send("POST", "/complaints/" + id + "/attachments?fileName=big.txt", tooLarge,
                Map.of("Content-Type", "text/plain"));
        assertEquals(413, refused.status());
        assertTrue(refused.isProblem());
        assertEquals(404, auditor.get("/complaints/" + id + "/attachments/999999").status());
    }
}
