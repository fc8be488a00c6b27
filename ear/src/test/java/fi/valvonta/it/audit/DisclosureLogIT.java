package fi.valvonta.it.audit;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disclosure log over HTTP: a document leaving the system is logged with its recipient and purpose,
 * auditors read the log, and after ordinary traffic every hash chain verifies.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureLogIT {

    private final Api registrar = Api.as("kirjaamo");
    private final Api inspector = Api.as("tarkastaja");
    private final Api auditor = Api.as("auditor");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void aDownloadedDocumentIsLoggedWithRecipientAndPurpose() {
        int id = register(registrar, body()).getInt("id");
        Api.Reply up = registrar.send("POST", "/complaints/" + id + "/attachments?fileName=selvitys.txt",
                "Selvitys kantelusta", Map.of("Content-Type", "text/plain"));
        assertEquals(201, up.status(), up.toString());
        int aid = up.json().getInt("id");
        String purpose = "oikeuskanslerin selvityspyyntö " + UUID.randomUUID();

        Api.Reply named = inspector.send("GET", "/complaints/" + id + "/attachments/" + aid, null,
                Map.of("Disclosure-Recipient", "Oikeuskanslerinvirasto", "Disclosure-Purpose", purpose));
        assertEquals(200, named.status(), named.toString());
        assertEquals(200, registrar.get("/complaints/" + id + "/attachments/" + aid).status());

        List<JsonObject> log = auditor.get("/audit/disclosures?type=Complaint&id=" + id).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(2, log.size(), log.toString());
        JsonObject latest = log.get(0);
        assertEquals("kirjaamo", latest.getString("actor"));
        assertEquals("kirjaamo", latest.getString("recipient"), "without a named recipient the caller receives it");
        assertEquals("asian käsittely", latest.getString("purpose"));
        JsonObject first = log.get(1);
        assertEquals("tarkastaja", first.getString("actor"));
        assertEquals("Oikeuskanslerinvirasto", first.getString("recipient"));
        assertEquals(purpose, first.getString("purpose"));
        assertEquals("DOCUMENT", first.getString("kind"));
        assertTrue(first.getString("document").contains("selvitys.txt"), first.toString());
        assertTrue(first.getJsonNumber("seq").longValue() < latest.getJsonNumber("seq").longValue());
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheLogAndItsVerification() {
        assertEquals(200, Api.as("admin").get("/audit/disclosures").status());
        assertEquals(403, inspector.get("/audit/disclosures").status());
        assertEquals(403, inspector.get("/audit/verification").status());
        assertEquals(401, Api.anonymous().get("/audit/verification").status());
    }

    @Test
    void afterOrdinaryTrafficEveryChainIsIntact() {
        int id = register(registrar, body()).getInt("id");
        assertEquals(200, inspector.get("/complaints/" + id).status());
        assertEquals(200, auditor.get("/complaints/" + id + "/audit").status());
        Api.Reply up = registrar.send("POST", "/complaints/" + id + "/attachments?fileName=liite.txt", "Liite",
                Map.of("Content-Type", "text/plain"));
        assertEquals(200, inspector.get("/complaints/" + id + "/attachments/" + up.json().getInt("id")).status());

        Api.Reply r = auditor.get("/audit/verification");
        assertEquals(200, r.status(), r.toString());
        JsonObject v = r.json();
        assertTrue(v.getBoolean("intact"), v.toString());
        List<JsonObject> chains = v.getJsonArray("chains").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("audit_record", "use_log", "disclosure_log"), chains.stream().map(c -> c.getString("chain")).toList());
        assertTrue(chains.stream().allMatch(c -> c.getBoolean("intact") && c.getJsonNumber("rows").longValue() > 0), v.toString());
    }

    @Test
    void anUnknownRecordTypeIsABadRequestNotAnError() {
        Api.Reply r = auditor.get("/audit/disclosures?type=Nonsense");
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.isProblem());
    }
}
