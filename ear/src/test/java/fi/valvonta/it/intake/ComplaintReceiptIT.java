package fi.valvonta.it.intake;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.MailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complainant's receipt by e-mail: sent through the test session's SMTP server once the registration
 * has committed, in the complainant's language, and named on the case's timeline.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintReceiptIT {

    private final Api registrar = Api.as("kirjaamo");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    private static String text(MimeMessage m) throws Exception {
        return new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aRegisteredComplaintIsAcknowledgedInTheComplainantsLanguage() throws Exception {
        String finnish = "fi-" + UUID.randomUUID() + "@example.fi";
        String swedish = "sv-" + UUID.randomUUID() + "@example.fi";
        JsonObject fi = Complaints.register(registrar, Complaints.body().email(finnish));
        JsonObject sv = Complaints.register(registrar, Complaints.body().email(swedish).language("SV"));

        List<MimeMessage> toFinnish = MailServer.get().sentTo(finnish, 30);
        assertEquals(1, toFinnish.size(), "one receipt");
        assertEquals("Kantelunne on kirjattu (" + fi.getString("caseNumber") + ")", toFinnish.get(0).getSubject());
        assertTrue(text(toFinnish.get(0)).contains("asianumerolla " + fi.getString("caseNumber")));

        List<MimeMessage> toSwedish = MailServer.get().sentTo(swedish, 30);
        assertEquals(1, toSwedish.size(), "one receipt");
        assertEquals("Ert klagomål har registrerats (" + sv.getString("caseNumber") + ")", toSwedish.get(0).getSubject());

        long id = fi.getJsonNumber("id").longValue();
        List<String> actions = registrar.get("/complaints/" + id + "/audit").array().stream()
                .map(JsonValue::asJsonObject).map(a -> a.getString("action")).toList();
        assertTrue(actions.contains("RECEIPT_SENT"), actions.toString());
    }

    @Test
    void aRegistrationThatFailsSendsNothing() throws Exception {
        String address = "refused-" + UUID.randomUUID() + "@example.fi";
        // conduct after receipt: refused with 422, nothing registered, so nothing to acknowledge
        Api.Reply refused = registrar.post("/complaints", Complaints.body().email(address)
                .received("2026-01-15").conduct("2026-02-01", null).json());
        assertEquals(422, refused.status(), refused.toString());
        // a later registration's receipt arrives, the refused one's never did
        String later = "later-" + UUID.randomUUID() + "@example.fi";
        Complaints.register(registrar, Complaints.body().email(later));
        assertEquals(1, MailServer.get().sentTo(later, 30).size());
        assertEquals(0, MailServer.get().sentTo(address, 0).size());
    }
}
