package fi.valvonta.it.intake;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.MailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mail intake end to end: a real IMAP server (GreenMail, started here on the port the test server's
 * mailbox settings name) receives messages, the server fetches them, and a registrar turns one into a
 * complaint with its file, discards another; a duplicate is imported once, a malformed message arrives
 * with its problem named.
 */
@ExtendWith(ArquillianExtension.class)
class EmailIntakeIT {

    private static final String BODY = "Työllisyyspalvelut käsittelivät tietojani ilman perustetta.";
    private static MailServer mail;

    private final Api registrar = Api.as("kirjaamo");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void mailServer() {
        mail = MailServer.get();
    }

    private static jakarta.mail.internet.MimeMessage complaintMail(String messageId, String subject) throws Exception {
        return MailServer.complaintMail(messageId, subject, BODY);
    }

    private JsonObject poll() {
        Api.Reply r = registrar.post("/intake/poll", "");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private JsonObject pendingWithSubject(String subject) {
        List<JsonObject> found = registrar.get("/intake?state=PENDING").array().stream().map(JsonValue::asJsonObject)
                .filter(m -> subject.equals(m.getString("subject", null))).toList();
        assertEquals(1, found.size(), "pending messages with subject " + subject + ": " + found);
        return found.get(0);
    }

    @Test
    void aMessageWithAFileBecomesAComplaintReceivedByEmail() throws Exception {
        String subject = "Kantelu " + UUID.randomUUID();
        mail.deliver(complaintMail("<" + UUID.randomUUID() + "@example.fi>", subject));
        assertTrue(poll().getInt("imported") >= 1);

        JsonObject row = pendingWithSubject(subject);
        JsonObject message = registrar.get("/intake/" + row.getInt("id")).json();
        assertEquals("liisa.laine@example.fi", message.getString("senderAddress"));
        assertEquals("Liisa Laine", message.getString("senderName"));
        assertEquals(BODY, message.getString("body"));
        assertEquals(1, message.getJsonArray("attachments").size());
        JsonObject file = message.getJsonArray("attachments").getJsonObject(0);
        assertEquals("liite.pdf", file.getString("fileName"));
        Api.Reply bytes = registrar.get("/intake/" + row.getInt("id") + "/attachments/" + file.getInt("id"));
        assertEquals(200, bytes.status());
        assertTrue(bytes.body().startsWith("%PDF-1.4"), bytes.body());

        Api.Reply registered = registrar.post("/intake/" + row.getInt("id") + "/registration", """
                {"entityId":%d,"conductFrom":"2024-11-05","themes":["DATA_PROTECTION"],"complainantLanguage":"FI"}"""
                .formatted(Complaints.ESPOO));
        assertEquals(201, registered.status(), registered.toString());
        JsonObject complaint = registered.json();
        assertEquals("EMAIL", complaint.getString("channel"));
        assertEquals("liisa.laine@example.fi", complaint.getJsonObject("complainant").getString("email"));
        assertEquals(BODY, complaint.getString("description"));
        long complaintId = complaint.getJsonNumber("id").longValue();
        assertEquals(1, registrar.get("/complaints/" + complaintId + "/attachments").array().size());
        assertTrue(registrar.get("/complaints/" + complaintId + "/audit").array().stream()
                .anyMatch(e -> e.asJsonObject().getString("action").equals("RECEIVED_BY_EMAIL")), "the channel on the timeline");

        JsonObject handled = registrar.get("/intake/" + row.getInt("id")).json();
        assertEquals("REGISTERED", handled.getString("state"));
        assertEquals(complaintId, handled.getJsonNumber("complaintId").longValue());
        // once only
        Api.Reply again = registrar.post("/intake/" + row.getInt("id") + "/registration", """
                {"entityId":%d,"conductFrom":"2024-11-05","themes":["DATA_PROTECTION"]}""".formatted(Complaints.ESPOO));
        assertEquals(409, again.status(), again.toString());
        assertEquals(2, Api.as("admin").get("/audit?type=IncomingMessage&id=" + row.getInt("id")).array().size());
    }

    @Test
    void theSameMessageArrivingTwiceIsImportedOnce() throws Exception {
        String id = "<" + UUID.randomUUID() + "@example.fi>";
        String subject = "Kahdesti " + UUID.randomUUID();
        mail.deliver(complaintMail(id, subject));
        poll();
        mail.deliver(complaintMail(id, subject));
        JsonObject second = poll();
        assertTrue(second.getInt("duplicates") >= 1, second.toString());
        pendingWithSubject(subject);
    }

    @Test
    void aMalformedMessageArrivesWithItsProblemNamed() throws Exception {
        String subject = "Rikki " + UUID.randomUUID();
        mail.deliverRaw("From: joku@example.fi\nTo: " + MailServer.MAILBOX + "\nSubject: " + subject + "\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"EI-OLE\"\n\nei osia lainkaan\n");
        poll();
        JsonObject row = pendingWithSubject(subject);
        assertTrue(row.getString("problem").contains("no-message-id"), row.toString());
    }

    @Test
    void aMessageThatIsNoComplaintIsDiscardedWithAReason() throws Exception {
        String subject = "Mainos " + UUID.randomUUID();
        mail.deliver(complaintMail("<" + UUID.randomUUID() + "@example.fi>", subject));
        poll();
        long id = pendingWithSubject(subject).getInt("id");

        Api.Reply noReason = registrar.post("/intake/" + id + "/discard", "{\"reason\":\" \"}");
        assertEquals(422, noReason.status(), noReason.toString());
        Api.Reply discarded = registrar.post("/intake/" + id + "/discard", "{\"reason\":\"Mainos, ei kantelu\"}");
        assertEquals(200, discarded.status(), discarded.toString());
        assertEquals("DISCARDED", discarded.json().getString("state"));
        assertTrue(registrar.get("/intake?state=DISCARDED").array().stream()
                .anyMatch(m -> m.asJsonObject().getInt("id") == id));
    }

    @Test
    void theQueueIsForThoseWhoRegisterAndTheAuditorReadsOnly() throws Exception {
        String subject = "Oikeudet " + UUID.randomUUID();
        mail.deliver(complaintMail("<" + UUID.randomUUID() + "@example.fi>", subject));
        poll();
        long id = pendingWithSubject(subject).getInt("id");

        assertEquals(403, Api.as("ratkaisija").get("/intake").status());
        assertEquals(403, Api.as("tarkastaja").post("/intake/poll", "").status());
        JsonObject asAuditor = Api.as("auditor").get("/intake/" + id).json();
        assertEquals(0, asAuditor.getJsonArray("allowedActions").size());
        assertEquals(403, Api.as("auditor").post("/intake/" + id + "/discard", "{\"reason\":\"x\"}").status());
        assertEquals(401, Api.anonymous().get("/intake").status());
        assertEquals(List.of("REGISTER", "DISCARD"), registrar.get("/intake/" + id).json().getJsonArray("allowedActions")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }
}
