package fi.valvonta.it.notification;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.MailServer;
import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Users;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily digest of deadlines by e-mail, through the test session's SMTP server: an official's address and
 * language set by the administrator, their overdue and due-soon complaints, a hearing past its deadline and an
 * order's follow-up that fell due, in their language, with case numbers and no complainant's data; a day is
 * sent once. The suite starts on an empty database, and only this test sends the digest (the access matrix
 * asks for a day to come, the fuzz test leaves it out).
 */
@ExtendWith(ArquillianExtension.class)
class DigestIT {

    private final Api admin = Api.as("admin");
    private final Api registrar = Api.as("kirjaamo");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void anOfficialGetsTheDeadlinesOfTheirCasesOnceADayInTheirLanguage() throws Exception {
        LocalDate today = TestClock.today();
        String username = Users.uniqueName("digest");
        int userId = Users.create(username, "INSPECTOR");
        Api official = Api.as(username, Users.PASSWORD);
        String address = username + "@valvonta.test";

        // the administrator sets the address and the language; a list of addresses is refused
        Api.Reply list = admin.send("PUT", "/users/" + userId + "/contact",
                "{\"email\":\"a@valvonta.test, b@valvonta.test\",\"language\":\"SV\"}", Map.of());
        assertEquals(422, list.status(), list.toString());
        assertEquals("user.email-invalid", list.json().getString("code"));
        Api.Reply set = admin.send("PUT", "/users/" + userId + "/contact", "{\"email\":\"" + address + "\",\"language\":\"SV\"}", Map.of());
        assertEquals(200, set.status(), set.toString());
        JsonObject me = official.get("/me").json();
        assertEquals(address, me.getString("email"));
        assertEquals("SV", me.getString("language"));
        List<JsonObject> trail = admin.get("/audit?type=AppUser&id=" + userId).array().stream().map(JsonValue::asJsonObject).toList();
        JsonObject changed = trail.stream().filter(a -> a.getString("action").equals("CONTACT_CHANGED")).findFirst().orElseThrow();
        assertFalse(changed.toString().contains(address), "the address stays out of the audit trail");

        // their complaints: one past the eight-month target, one whose target is three days away
        String complainant = "Kantelija " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject overdue = assigned(Complaints.body().received(today.minusMonths(8).minusDays(10).toString())
                .description("Salainen kuvaus " + complainant), complainant, username);
        JsonObject dueSoon = assigned(Complaints.body().received(today.plusDays(3).minusMonths(8).toString()), complainant, username);
        // their measures: a remark whose hearing ran out unanswered, an order served whose deadline has passed
        long raasepori = Complaints.RAASEPORI;
        JsonObject remark = created(official.post("/measures", measure(raasepori, "REMARK", "\"addressee\":\"ENTITY\"")));
        assertEquals(200, official.post("/measures/" + remark.getInt("id") + "/hearing",
                "{\"requestedOn\":\"2024-06-03\",\"deadline\":\"2024-06-17\"}").status());
        JsonObject order = created(official.post("/measures", measure(raasepori, "ORDER", "\"deadline\":\"2024-11-29\"")));
        long orderId = order.getInt("id");
        ok(official.post("/measures/" + orderId + "/hearing", "{\"requestedOn\":\"2024-08-01\",\"deadline\":\"2024-08-15\"}"));
        ok(official.post("/measures/" + orderId + "/hearing-response", "{\"respondedOn\":\"2024-08-14\"}"));
        ok(official.post("/measures/" + orderId + "/propose", null));
        ok(Api.as("ratkaisija").post("/measures/" + orderId + "/decide", "{\"decidedOn\":\"2024-09-02\"}"));
        ok(official.post("/measures/" + orderId + "/serve", "{\"method\":\"ACKNOWLEDGEMENT\",\"date\":\"2024-09-04\"}"));
        assertEquals("DUE", ok(official.get("/measures/" + orderId + "/follow-up")).getString("state"));

        Api.Reply run = admin.post("/notifications/deadline-digest", null);
        assertEquals(200, run.status(), run.toString());
        assertTrue(run.json().getInt("sent") >= 1, run.toString());

        List<MimeMessage> mails = MailServer.get().sentTo(address, 30);
        assertEquals(1, mails.size(), "one digest");
        String day = today.format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        assertEquals("Tidsfrister " + day + ": 4 ärenden", mails.get(0).getSubject());
        String text = new String(mails.get(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int overdueAt = text.indexOf("Klagomål vars tidsfrist har överskridits");
        int hearingAt = text.indexOf("Åtgärder där tiden för hörande har gått ut utan svar");
        int followUpAt = text.indexOf("Uppföljning av förelägganden har förfallit");
        int soonAt = text.indexOf("Klagomål vars tidsfrist närmar sig");
        assertTrue(overdueAt >= 0 && overdueAt < hearingAt && hearingAt < followUpAt && followUpAt < soonAt, text);
        assertTrue(text.indexOf(overdue.getString("caseNumber")) > overdueAt, text);
        assertTrue(text.indexOf(remark.getString("caseNumber")) > hearingAt, text);
        assertTrue(text.indexOf(order.getString("caseNumber")) > followUpAt, text);
        assertTrue(text.indexOf(dueSoon.getString("caseNumber")) > soonAt, text);
        assertTrue(text.contains("Esbo"), "the entity in the official's language: " + text);
        // no complainant's data: neither the name, the address nor the description
        assertFalse(text.contains(complainant), text);
        assertFalse(text.contains("@example.fi"), text);
        assertFalse(text.contains("Salainen"), text);

        // the day is sent once: asked again, refused, and no second mail; a day to come is refused
        Api.Reply again = admin.post("/notifications/deadline-digest?day=" + today, null);
        assertEquals(409, again.status(), again.toString());
        assertEquals("notification.deadline-digest-already-sent", again.json().getString("code"));
        Api.Reply ahead = admin.post("/notifications/deadline-digest?day=" + today.plusDays(1), null);
        assertEquals(422, ahead.status(), ahead.toString());
        assertEquals("notification.deadline-digest-in-future", ahead.json().getString("code"));
        assertEquals(403, official.post("/notifications/deadline-digest", null).status(), "administrators only");
        Thread.sleep(500);
        assertEquals(1, MailServer.get().sentTo(address, 0).size(), "not sent twice");
    }

    private JsonObject assigned(Complaints.Body body, String complainant, String assignee) {
        body.name = complainant;
        JsonObject c = Complaints.register(registrar, body);
        Api.Reply r = registrar.send("POST", "/complaints/" + c.getInt("id") + "/assign", "{\"assignee\":\"" + assignee + "\"}",
                Map.of("If-Match", "\"" + c.getInt("version") + "\""));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static String measure(long entity, String type, String extra) {
        return """
                {"entityId":%d,"subject":"IT kooste %s","origin":"OWN_INITIATIVE","type":"%s",\
                "facts":"Asiakkaiden palvelutarpeen arviointi on viivästynyt.","legalBasis":"Hallintolaki 23 §",\
                "reasoning":"Viivästys vaarantaa asiakkaiden oikeudet.","decision":"Arvioinnit on saatettava ajan tasalle.",%s}"""
                .formatted(entity, UUID.randomUUID(), type, extra);
    }

    private static JsonObject created(Api.Reply r) {
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject ok(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }
}
