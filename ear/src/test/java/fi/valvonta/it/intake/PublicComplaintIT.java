package fi.valvonta.it.intake;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.EmploymentAreas;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.MailServer;
import fi.valvonta.it.support.TestClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public e-service's API, as anyone calls it without signing in: a complaint with a document arrives as a
 * REGISTERED complaint received through the e-service, screened, on the case's timeline, acknowledged by e-mail;
 * its sender follows it by the status token, which shows no one else's data; a wrong token is not found; a
 * filled trap looks taken and stores nothing; a client over its quota gets 429; the link stops working once the
 * case has been closed for the retention (on the test server 0: see arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class PublicComplaintIT {

    /** The test server's {@code valvonta.public.status-link.retention-after-close} (arquillian.xml). */
    private static final Duration RETENTION = Duration.ZERO;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Api anyone = Api.anonymous();
    private final Api registrar = Api.as("kirjaamo");
    private final Api auditor = Api.as("auditor");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    static String complaint(String email, String homepage) {
        String conduct = TestClock.today().minusMonths(1).toString();
        return """
                {"entityId":%d,"conductFrom":"%s","description":"Asiakkaan naapuri Maija Meikäläinen kuuli tietoni.",
                 "themes":["DATA_PROTECTION"],"officialName":"Olli Virkailija","anonymous":false,"name":"Pekka Public",
                 "email":"%s","phone":"040 1234567","proceedingsLanguage":"FI","contactLanguage":"EN","homepage":%s}"""
                .formatted(EmploymentAreas.referenceId("Espoo-Kauniainen"), conduct, email, homepage == null ? "null" : "\"" + homepage + "\"");
    }

    /** Sends a complaint as anyone; a 429 from the quota is waited out once, as a client should. */
    Api.Reply submit(String json) throws InterruptedException {
        Api.Reply r = anyone.post("/public/complaints", json);
        if (r.status() == 429) {
            Thread.sleep(Long.parseLong(r.header("Retry-After")) * 1000 + 200);
            r = anyone.post("/public/complaints", json);
        }
        return r;
    }

    static HttpResponse<String> upload(String token, String fileName, String contentType, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/public/complaints/status/" + token
                        + "/attachments?fileName=" + fileName))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    long idOf(String caseNumber) {
        Api.Reply r = registrar.get("/complaints/by-case-number/" + caseNumber);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aComplaintWithADocumentIsRegisteredThroughTheEServiceAndFollowedByItsLink() throws Exception {
        String email = "public-" + UUID.randomUUID() + "@example.fi";
        Api.Reply sent = submit(complaint(email, null));
        assertEquals(201, sent.status(), sent.toString());
        JsonObject receipt = sent.json();
        String token = receipt.getString("statusToken");
        assertEquals(43, token.length());
        assertTrue(receipt.getString("statusUrl").endsWith("/valvonta/kantelu/tila.xhtml?t=" + token), receipt.toString());
        assertTrue(sent.header("Location").endsWith("/api/v1/public/complaints/status/" + token));
        assertEquals(TestClock.today().toString(), receipt.getString("receivedDate"), "received the day it was sent");
        assertTrue(receipt.getBoolean("emailReceipt"));

        // documents through the link: the content decides, and a type a cross-site form could send is refused
        HttpResponse<String> pdf = upload(token, "liite.pdf", "application/pdf", PDF);
        assertEquals(201, pdf.statusCode(), pdf.body());
        assertEquals(415, upload(token, "liite.txt", "text/plain", "teksti".getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> program = upload(token, "ohjelma.pdf", "application/pdf", new byte[]{'M', 'Z', (byte) 0x90, 0});
        assertEquals(422, program.statusCode(), program.body());

        Api.Reply status = anyone.get("/public/complaints/status/" + token);
        assertEquals(200, status.status(), status.toString());
        JsonObject s = status.json();
        assertEquals(receipt.getString("caseNumber"), s.getString("caseNumber"));
        assertEquals("RECEIVED", s.getString("phase"));
        assertEquals("Espoo-Kauniainen", s.getString("entityNameFi"));
        assertEquals(1, s.getJsonArray("documents").size());
        assertEquals("liite.pdf", s.getJsonArray("documents").getJsonObject(0).getString("fileName"));
        assertTrue(s.containsKey("processingTarget"));
        for (String private_ : List.of("Maija", "Olli", "Pekka", email, "040 1234567", "kirjaamo", "(e-service)")) {
            assertFalse(status.body().contains(private_), private_ + " shown: " + status.body());
        }

        // the registry's view: the same register, the same screening, the channel and what arrived on the timeline
        long id = idOf(receipt.getString("caseNumber"));
        JsonObject c = registrar.get("/complaints/" + id).json();
        assertEquals("E_SERVICE", c.getString("channel"));
        assertEquals("REGISTERED", c.getString("state"));
        assertEquals("(e-service)", c.getString("registeredBy"));
        assertEquals("EN", c.getJsonObject("complainant").getString("language"));
        assertEquals("FI", c.getString("proceedingsLanguage"));
        assertTrue(c.containsKey("screening"));
        List<JsonObject> timeline = registrar.get("/complaints/" + id + "/audit").array().stream()
                .map(JsonValue::asJsonObject).toList();
        List<String> actions = timeline.stream().map(a -> a.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("REGISTERED", "RECEIVED_BY_E_SERVICE", "DOCUMENT_ADDED",
                "DOCUMENT_RECEIVED_BY_E_SERVICE")), actions.toString());
        JsonObject arrived = timeline.stream().filter(a -> a.getString("action").equals("RECEIVED_BY_E_SERVICE")).findFirst().orElseThrow();
        assertEquals("(e-service)", arrived.getString("actor"));
        assertTrue(arrived.getString("after").contains("(api)"), arrived.toString());

        // the receipt by e-mail (with the status link, sent once the link is issued), and the link's readings in the use log
        assertEquals(1, MailServer.get().sentTo(email, 30).size());
        List<JsonObject> uses = auditor.get("/audit/use-log?type=Complaint&id=" + id).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(uses.stream().anyMatch(u -> u.getString("channel").equals("e-service")
                && u.getString("actor").equals("(e-service)")), uses.toString());
    }

    @Test
    void aComplaintAboutAPilotMunicipalitysConductFrom2025IsTheAreasAndItsReceiptCarriesTheLink() throws Exception {
        JsonObject espoo = registrar.get("/municipalities?max=5&q=Espoo").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("nameFi").equals("Espoo")).findFirst().orElseThrow();
        String email = "espoo-" + UUID.randomUUID() + "@example.fi";
        // the sender names the municipality; conduct a month ago (from 2025) is the employment area's
        String json = complaint(email, null).replaceFirst("\"entityId\":\\d+", "\"entityId\":" + espoo.getJsonNumber("id"));
        Api.Reply sent = submit(json);
        assertEquals(201, sent.status(), sent.toString());
        String token = sent.json().getString("statusToken");
        JsonObject status = anyone.get("/public/complaints/status/" + token).json();
        assertEquals("Espoo-Kauniainen", status.getString("entityNameFi"), status.toString());
        long id = idOf(sent.json().getString("caseNumber"));
        assertEquals(EmploymentAreas.referenceId("Espoo-Kauniainen"),
                registrar.get("/complaints/" + id).json().getJsonNumber("entityId").longValue());

        // the receipt by e-mail, in the contact language (English), with the private status link that works
        List<jakarta.mail.internet.MimeMessage> receipts = MailServer.get().sentTo(email, 30);
        assertEquals(1, receipts.size(), "one receipt, the one with the link");
        String text = new String(receipts.get(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String link = Api.BASE + "/kantelu/tila.xhtml?t=" + token;
        assertTrue(text.contains(link), text);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(sent.json().getString("caseNumber")), "the link shows the case");
        List<String> actions = registrar.get("/complaints/" + id + "/audit").array().stream()
                .map(JsonValue::asJsonObject).map(a -> a.getString("action")).toList();
        assertTrue(actions.contains("RECEIPT_SENT"), actions.toString());
        for (JsonValue entry : registrar.get("/complaints/" + id + "/audit").array()) {
            assertFalse(entry.toString().contains(token), "the token is never in the audit trail");
        }
    }

    @Test
    void aWrongTokenIsNotFound() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String wrong = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Api.Reply r = anyone.get("/public/complaints/status/" + wrong);
        assertEquals(404, r.status(), r.toString());
        assertTrue(r.isProblem());
        assertFalse(r.body().contains(wrong), "the token is not repeated");
        assertEquals(404, anyone.get("/public/complaints/status/x").status());
    }

    @Test
    void aFilledTrapLooksTakenButStoresNothingAndIsLogged() throws Exception {
        long before = registrar.get("/complaints?max=1").json().getJsonNumber("total").longValue();
        int trapsBefore = auditor.get("/audit/security-log?kind=HONEYPOT_FILLED&max=500").array().size();
        String email = "trap-" + UUID.randomUUID() + "@example.fi";
        Api.Reply r = submit(complaint(email, "http://spam.example/"));
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.json().getString("caseNumber").matches("[A-Z]+/\\d+/\\d{4}"), r.toString());
        assertEquals(43, r.json().getString("statusToken").length());
        assertEquals(404, anyone.get("/public/complaints/status/" + r.json().getString("statusToken")).status());
        assertEquals(before, registrar.get("/complaints?max=1").json().getJsonNumber("total").longValue(), "nothing stored");
        assertEquals(trapsBefore + 1, auditor.get("/audit/security-log?kind=HONEYPOT_FILLED&max=500").array().size());
        assertEquals(0, MailServer.get().sentTo(email, 0).size(), "no receipt for what was not taken");
    }

    @Test
    void badFieldsAreNamedAndAFormIsRefusedAsCrossSite() throws Exception {
        Api.Reply missing = anyone.post("/public/complaints", "{\"entityId\":1,\"themes\":[],\"proceedingsLanguage\":\"FI\"}");
        assertEquals(422, missing.status(), missing.toString());
        List<String> fields = missing.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("conductFrom", "description", "themes")), fields.toString());

        String english = complaint("e-" + UUID.randomUUID() + "@example.fi", null).replace("\"proceedingsLanguage\":\"FI\"",
                "\"proceedingsLanguage\":\"EN\"");
        Api.Reply notNational = anyone.post("/public/complaints", english);
        assertEquals(422, notNational.status(), notNational.toString());
        assertEquals("public-complaint.proceedings-language", notNational.json().getString("code"));
        assertEquals("proceedingsLanguage", notNational.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply form = anyone.send("POST", "/public/complaints", null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(415, form.status(), form.toString());
    }

    @Test
    void theLinkStopsWorkingOnceTheCaseHasBeenClosedForTheRetention() throws Exception {
        Api.Reply sent = submit(complaint("closed-" + UUID.randomUUID() + "@example.fi", null));
        assertEquals(201, sent.status(), sent.toString());
        String token = sent.json().getString("statusToken");
        assertEquals(200, anyone.get("/public/complaints/status/" + token).status(), "works while the case is open");

        long id = idOf(sent.json().getString("caseNumber"));
        Complaints.ok(registrar, id, "withdraw", null);
        Instant closedAt = Instant.parse(registrar.get("/complaints/" + id).json().getString("stateChangedAt"));
        // closed + the retention has come by the server's clock
        assertFalse(TestClock.now().isBefore(closedAt.plus(RETENTION)));
        Api.Reply expired = anyone.get("/public/complaints/status/" + token);
        assertEquals(404, expired.status(), expired.toString());
        assertEquals(404, upload(token, "myohassa.pdf", "application/pdf", PDF).statusCode());
    }

    @Test
    void aClientOverItsQuotaGets429UntilItsWindowHasRunOut() throws Exception {
        int limitedBefore = auditor.get("/audit/security-log?kind=SUBMISSIONS_LIMITED&max=500").array().size();
        Api.Reply refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Api.Reply r = anyone.post("/public/complaints", complaint("many-" + UUID.randomUUID() + "@example.fi", null));
            if (r.status() == 429) {
                refused = r;
            } else {
                assertEquals(201, r.status(), r.toString());
            }
        }
        assertNotNull(refused, "the quota (3 in 3 s on the test server) refuses a burst");
        assertTrue(refused.isProblem());
        assertEquals("public-complaint.too-many", refused.json().getString("code"));
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 3, "Retry-After " + wait);
        assertEquals(limitedBefore + 1, auditor.get("/audit/security-log?kind=SUBMISSIONS_LIMITED&max=500").array().size());

        // the window runs out: the client is served again (and the rest of the suite finds a fresh quota)
        Thread.sleep(wait * 1000 + 300);
        Api.Reply again = anyone.post("/public/complaints", complaint("again-" + UUID.randomUUID() + "@example.fi", null));
        assertEquals(201, again.status(), again.toString());
        Thread.sleep(3300);
    }
}
