package fi.valvonta.it.measure;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.SuomiFiStub;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.valvonta.it.measure.MeasureFixtures.ADMIN;
import static fi.valvonta.it.measure.MeasureFixtures.AUDITOR;
import static fi.valvonta.it.measure.MeasureFixtures.DECIDER;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.decide;
import static fi.valvonta.it.measure.MeasureFixtures.draftNew;
import static fi.valvonta.it.measure.MeasureFixtures.hearing;
import static fi.valvonta.it.measure.MeasureFixtures.municipality;
import static fi.valvonta.it.measure.MeasureFixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Electronic service of decisions through Suomi.fi Messages, against the session's stub of the service: the
 * organisation's business ID and address in the registry, the decision PDF with its appeal instructions sent
 * as a verifiable message, the receipt the event feed reports recorded as verified electronic service with the
 * appeal period and finality following; a recipient without a mailbox served by letter; an outage and refused
 * credentials writing nothing but the attempt, and the send tried again later; the disclosure and the timeline.
 */
@ExtendWith(ArquillianExtension.class)
class ElectronicServiceIT {

    private static final String RAASEPORI_ID = "0204819-8";
    private static final String ADDRESS = "{\"businessId\":\"" + RAASEPORI_ID + "\",\"streetAddress\":\"Raatihuoneentori 1\","
            + "\"postalCode\":\"10600\",\"postOffice\":\"Tammisaari\"}";

    private final WireMockServer suomiFi = SuomiFiStub.get().server();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @AfterEach
    void quietService() {
        SuomiFiStub.get().reset();
    }

    /** Raasepori, with its business ID and postal address recorded by the administrator. */
    private static long raasepori() {
        long id = municipality("Raasepori");
        Api.Reply wrong = ADMIN.send("PUT", "/municipalities/" + id + "/service-details",
                ADDRESS.replace(RAASEPORI_ID, "0204819-7"), Map.of());
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("registry.business-id-invalid", wrong.json().getString("code"));
        assertEquals(403, INSPECTOR.send("PUT", "/municipalities/" + id + "/service-details", ADDRESS, Map.of()).status());
        JsonObject recorded = ok(ADMIN.send("PUT", "/municipalities/" + id + "/service-details", ADDRESS, Map.of()));
        assertEquals(RAASEPORI_ID, recorded.getString("businessId"));
        assertEquals("TAMMISAARI", recorded.getString("postOffice"));
        return id;
    }

    /** A guidance decided in the pilot period: no hearing, not appealable, served by an ordinary letter on paper. */
    private static long decidedGuidance(long entity) {
        long id = draftNew(entity, "GUIDANCE", "\"guidanceKind\":\"OPINION\"").getInt("id");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        decide(DECIDER, id, "2024-09-02");
        return id;
    }

    private void acceptsMessageAs(long messageId) {
        suomiFi.stubFor(post("/v2/attachments").withHeader("Authorization", equalTo("Bearer " + SuomiFiStub.TOKEN))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .willReturn(okJson("{\"attachmentId\":\"6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b\"}")));
        suomiFi.stubFor(post("/v2/messages").withHeader("Authorization", equalTo("Bearer " + SuomiFiStub.TOKEN))
                .willReturn(okJson("{\"messageId\":" + messageId + "}")));
    }

    /**
     * The feed as the service gives it: read from wherever the application stands, these events and the token
     * {@code after}; read from {@code after}, nothing more.
     */
    private void feedReports(String after, String... events) {
        suomiFi.stubFor(WireMock.get(urlPathEqualTo("/v2/events")).atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + SuomiFiStub.TOKEN))
                .willReturn(okJson("{\"continuationToken\":\"" + after + "\",\"events\":[" + String.join(",", events) + "]}")));
        suomiFi.stubFor(WireMock.get(urlPathEqualTo("/v2/events")).atPriority(1)
                .withQueryParam("continuationToken", equalTo(after))
                .willReturn(okJson("{\"continuationToken\":\"" + after + "\",\"events\":[]}")));
    }

    private static JsonObject delivery(long measureId) {
        JsonArray deliveries = INSPECTOR.get("/measures/" + measureId + "/deliveries").array();
        assertEquals(1, deliveries.size(), deliveries.toString());
        return deliveries.getJsonObject(0);
    }

    private static List<String> offered(JsonObject measure) {
        return measure.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> trail(long measureId) {
        return AUDITOR.get("/audit?type=Measure&id=" + measureId).array().stream()
                .map(JsonValue::asJsonObject).map(a -> a.getString("action")).toList();
    }

    @Test
    void anOrderIsServedOnTheDayItsAddresseeConfirmedReceipt() {
        long entity = raasepori();
        long id = draftNew(entity, "ORDER", "\"deadline\":\"2024-12-20\"").getInt("id");
        hearing(id, "2024-08-01", "2024-08-15", "2024-08-14");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        JsonObject decided = decide(DECIDER, id, "2024-09-02");
        assertTrue(offered(ok(INSPECTOR.get("/measures/" + id))).contains("SEND_ELECTRONICALLY"), decided.toString());
        assertFalse(offered(ok(DECIDER.get("/measures/" + id))).contains("SEND_ELECTRONICALLY"), "the inspector serves");
        acceptsMessageAs(900_001);

        JsonObject sent = ok(INSPECTOR.post("/measures/" + id + "/send-electronically", null));
        assertEquals("DECIDED", sent.getString("state"), "sent is not yet served");
        assertFalse(offered(sent).contains("SEND_ELECTRONICALLY"), "on its way: not sent twice");
        assertEquals(409, INSPECTOR.post("/measures/" + id + "/send-electronically", null).status());

        // what went out: the organisation by its business ID, verifiable, a letter against a receipt where it has no mailbox
        LoggedRequest message = suomiFi.findAll(postRequestedFor(urlEqualTo("/v2/messages"))).get(0);
        suomiFi.verify(postRequestedFor(urlEqualTo("/v2/messages"))
                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo(RAASEPORI_ID)))
                .withRequestBody(matchingJsonPath("$.sender.serviceId", equalTo(SuomiFiStub.SERVICE_ID)))
                .withRequestBody(matchingJsonPath("$.electronic.messageServiceType", equalTo("Verifiable")))
                .withRequestBody(matchingJsonPath("$.paperMail.messageServiceType", equalTo("Verifiable")))
                .withRequestBody(matchingJsonPath("$.paperMail.recipient.address.name", equalTo("Raseborg")))
                .withRequestBody(matchingJsonPath("$.paperMail.recipient.address.zipCode", equalTo("10600")))
                .withRequestBody(matchingJsonPath("$.paperMail.printingAndEnvelopingService.postiMessaging.username", equalTo("posti-it"))));
        assertTrue(message.getBodyAsString().contains(sent.getString("caseNumber")), "the title names the case");
        String upload = new String(suomiFi.findAll(postRequestedFor(urlEqualTo("/v2/attachments"))).get(0).getBody(),
                StandardCharsets.ISO_8859_1);
        assertTrue(upload.contains("%PDF-"), "the decision as PDF");

        JsonObject d = delivery(id);
        assertEquals("SENT", d.getString("state"));
        assertEquals(900_001, d.getInt("messageId"));
        assertEquals("valvonta-measure-" + id + "-1", d.getString("externalId"));
        assertEquals("SV", d.getString("language"), "Raasepori's majority language");

        // the feed: in the mailbox on the 5th, receipt confirmed on the 9th (Finnish time)
        String externalId = d.getString("externalId");
        feedReports("IT-FEED-1", SuomiFiStub.event("Electronic message created", "2024-09-05T06:00:00.000Z", externalId, 900_001),
                SuomiFiStub.event("Receipt confirmed", "2024-09-09T10:15:00.000Z", externalId, 900_001),
                SuomiFiStub.event("Receipt confirmed", "2024-09-09T11:00:00.000Z", "another-system-1", 5));
        JsonObject pass = ok(INSPECTOR.post("/measures/deliveries/poll", null));
        assertEquals(3, pass.getInt("read"), pass.toString());
        assertEquals(1, pass.getInt("served"), pass.toString());
        assertEquals(1, pass.getInt("unknown"), "another sender's message is no concern of ours");

        JsonObject served = ok(INSPECTOR.get("/measures/" + id));
        assertEquals("SERVED", served.getString("state"));
        assertEquals("VERIFIED_ELECTRONIC", served.getString("serviceMethod"));
        assertEquals("2024-09-09", served.getString("servedOn"));
        assertEquals("2024-10-09", served.getString("appealPeriodEnds"), "30 days from service (808/2019 13 §)");
        assertEquals("2024-10-10", served.getString("finalOn"));
        assertEquals(200, INSPECTOR.get("/measures/" + id + "/follow-up").status(), "the served order is followed up");
        JsonObject received = delivery(id);
        assertEquals("RECEIVED", received.getString("state"));
        assertEquals("ELECTRONIC", received.getString("channel"));
        assertEquals("2024-09-09", received.getString("receivedOn"));
        assertEquals(2, received.getJsonArray("events").size());

        // the same events come again (a read interrupted before its position was kept): recognised, nothing changes
        suomiFi.stubFor(WireMock.get(urlPathEqualTo("/v2/events")).atPriority(1).withQueryParam("continuationToken", equalTo("IT-FEED-1"))
                .willReturn(okJson("{\"continuationToken\":\"IT-FEED-2\",\"events\":[" + SuomiFiStub.event("Receipt confirmed",
                        "2024-09-09T10:15:00.000Z", externalId, 900_001) + "]}")));
        suomiFi.stubFor(WireMock.get(urlPathEqualTo("/v2/events")).atPriority(1).withQueryParam("continuationToken", equalTo("IT-FEED-2"))
                .willReturn(okJson("{\"continuationToken\":\"IT-FEED-2\",\"events\":[]}")));
        JsonObject again = ok(ADMIN.post("/measures/deliveries/poll", null));
        assertEquals(1, again.getInt("duplicates"), again.toString());
        assertEquals(0, again.getInt("served"), again.toString());
        assertEquals(2, delivery(id).getJsonArray("events").size());

        List<String> actions = trail(id);
        assertTrue(actions.containsAll(List.of("SENT_ELECTRONICALLY", "DELIVERY_ELECTRONIC_CREATED",
                "DELIVERY_RECEIPT_CONFIRMED", "SERVED")), actions.toString());
        // the decision left the system to its recipient: the disclosure log (tiedonhallintalaki 17 §)
        JsonArray disclosures = AUDITOR.get("/audit/disclosures?type=Measure&id=" + id).array();
        JsonObject disclosure = disclosures.stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("channel").equals("suomifi")).findFirst().orElseThrow(() -> new AssertionError(disclosures));
        assertTrue(disclosure.getString("recipient").contains(RAASEPORI_ID), disclosure.toString());
        assertEquals("päätöksen tiedoksianto", disclosure.getString("purpose"));
    }

    @Test
    void aRecipientWithoutAMailboxIsServedByLetter() {
        long id = decidedGuidance(raasepori());
        acceptsMessageAs(900_002);
        ok(INSPECTOR.post("/measures/" + id + "/send-electronically", null));
        suomiFi.verify(postRequestedFor(urlEqualTo("/v2/messages"))
                .withRequestBody(matchingJsonPath("$.electronic.messageServiceType", equalTo("Verifiable")))
                .withRequestBody(matchingJsonPath("$.paperMail.messageServiceType", equalTo("Normal"))));

        String externalId = delivery(id).getString("externalId");
        feedReports("IT-FEED-3", SuomiFiStub.event("Paper mail created", "2024-09-03T12:00:00.000Z", externalId, 900_002));
        ok(INSPECTOR.post("/measures/deliveries/poll", null));

        JsonObject d = delivery(id);
        assertEquals("BY_LETTER", d.getString("state"));
        assertEquals("PAPER", d.getString("channel"));
        JsonObject m = ok(INSPECTOR.get("/measures/" + id));
        // HL 59 § 2 mom: an ordinary letter reaches an authority the day it arrives, which the service does not report
        assertEquals("DECIDED", m.getString("state"));
        assertTrue(offered(m).contains("SERVE"), "the date of arrival is recorded by hand");
        assertTrue(trail(id).contains("SERVICE_BY_LETTER"), trail(id).toString());
    }

    @Test
    void anOutageOrRefusedCredentialsWriteNothingAndTheSendIsTriedAgainLater() {
        // no business ID: refused before anything goes out
        long withoutId = decidedGuidance(municipality("Lahti"));
        Api.Reply noId = INSPECTOR.post("/measures/" + withoutId + "/send-electronically", null);
        assertEquals(422, noId.status(), noId.toString());
        assertEquals("measure.addressee-business-id-missing", noId.json().getString("code"));

        long id = decidedGuidance(raasepori());
        // the service is down
        suomiFi.stubFor(post("/v2/attachments").willReturn(aResponse().withStatus(503).withBody("huoltokatko")));
        Api.Reply down = INSPECTOR.post("/measures/" + id + "/send-electronically", null);
        assertEquals(503, down.status(), down.toString());
        assertEquals("suomifi.unavailable", down.json().getString("code"));
        assertTrue(down.isProblem());
        assertEquals(0, INSPECTOR.get("/measures/" + id + "/deliveries").array().size(), "nothing half-written");

        // the token expired and the credentials are refused
        SuomiFiStub.get().reset();
        suomiFi.stubFor(post("/v2/attachments").willReturn(aResponse().withStatus(401)));
        suomiFi.stubFor(post("/v1/token").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"reason\":\"Invalid credentials\"}")));
        Api.Reply refused = INSPECTOR.post("/measures/" + id + "/send-electronically", null);
        assertEquals(503, refused.status(), refused.toString());
        assertEquals("suomifi.credentials-refused", refused.json().getString("code"));
        JsonObject m = ok(INSPECTOR.get("/measures/" + id));
        assertEquals("DECIDED", m.getString("state"));
        assertTrue(offered(m).contains("SEND_ELECTRONICALLY"), "may be tried again");
        assertEquals(0, INSPECTOR.get("/measures/" + id + "/deliveries").array().size());
        assertEquals(2, trail(id).stream().filter("ELECTRONIC_SERVICE_FAILED"::equals).count(), "the attempts are on the trail");

        // later the service answers: sent once, under the same identifier a lost answer would have had
        SuomiFiStub.get().reset();
        acceptsMessageAs(900_003);
        ok(INSPECTOR.post("/measures/" + id + "/send-electronically", null));
        JsonObject d = delivery(id);
        assertEquals("valvonta-measure-" + id + "-1", d.getString("externalId"));
        assertEquals(900_003, d.getInt("messageId"));
    }
}
