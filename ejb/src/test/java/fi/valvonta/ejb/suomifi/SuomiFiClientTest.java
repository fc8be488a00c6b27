package fi.valvonta.ejb.suomifi;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Suomi.fi Messages client against a stub that answers as the service's published interface does:
 * token, attachment upload, multichannel message, duplicate, expired token, validation error, outage,
 * and the event feed.
 */
class SuomiFiClientTest {

    @RegisterExtension
    static WireMockExtension service = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ATTACHMENT_ID = "8f2b1e4a-6c5d-4e3f-9a8b-1c2d3e4f5a6b";

    private SuomiFiClient client() {
        return new SuomiFiClient(new SuomiFiSettings.Account(URI.create(service.baseUrl() + "/"), "valvonta-rest",
                "salasana", "lvv-valvonta", "posti-user", "posti-pass", "kirjaamo@valvonta.test",
                new SuomiFiApi.Address("Lupa- ja valvontavirasto", null, "PL 1", "00000", "HELSINKI", "FI")));
    }

    private static SuomiFiClient.Letter letter(boolean verifiable) {
        return new SuomiFiClient.Letter("measure-42-v1", "0204819-8",
                new SuomiFiApi.Address("Raaseporin kaupunki", "Työllisyyspalvelut", "Raatihuoneentori 1", "10600",
                        "RAASEPORI", "FI"),
                "Päätös LVV/42/2026", "Liitteenä päätös ja valitusosoitus.", "paatos.pdf",
                "%PDF-1.4 decision".getBytes(StandardCharsets.US_ASCII), verifiable, false);
    }

    private static void tokenAndUpload() {
        service.stubFor(post("/v1/token").withRequestBody(equalToJson("{\"username\":\"valvonta-rest\",\"password\":\"salasana\"}"))
                .willReturn(okJson("{\"access_token\":\"T1\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
        service.stubFor(post("/v2/attachments").withHeader("Authorization", equalTo("Bearer T1"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBody(containing("%PDF-1.4 decision"))
                .willReturn(okJson("{\"attachmentId\":\"" + ATTACHMENT_ID + "\"}")));
    }

    @Test
    void aVerifiableLetterIsUploadedAndSentToTheOrganisationsMailboxOrByPost() {
        tokenAndUpload();
        service.stubFor(post("/v2/messages").withHeader("Authorization", equalTo("Bearer T1"))
                .willReturn(okJson("{\"messageId\":777}")));

        SuomiFiClient.Sent sent = client().send(letter(true));

        assertEquals(777, sent.messageId());
        assertFalse(sent.duplicate());
        service.verify(postRequestedFor(urlEqualTo("/v2/messages"))
                .withRequestBody(matchingJsonPath("$.externalId", equalTo("measure-42-v1")))
                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo("0204819-8")))
                .withRequestBody(matchingJsonPath("$.sender.serviceId", equalTo("lvv-valvonta")))
                .withRequestBody(matchingJsonPath("$.electronic.messageServiceType", equalTo("Verifiable")))
                .withRequestBody(matchingJsonPath("$.paperMail.messageServiceType", equalTo("Normal")))
                .withRequestBody(matchingJsonPath("$.electronic.visibility", equalTo("Recipient only")))
                .withRequestBody(matchingJsonPath("$.electronic.attachments[0].attachmentId", equalTo(ATTACHMENT_ID)))
                .withRequestBody(matchingJsonPath("$.paperMail.recipient.address.city", equalTo("RAASEPORI")))
                .withRequestBody(matchingJsonPath("$.paperMail.printingAndEnvelopingService.postiMessaging.username",
                        equalTo("posti-user"))));
    }

    @Test
    void aResendOfTheSameMessageIsRecognisedNotSentTwice() {
        tokenAndUpload();
        service.stubFor(post("/v2/messages").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reason\":\"Message with externalId already exists\",\"messageId\":777}")));

        SuomiFiClient.Sent sent = client().send(letter(true));

        assertEquals(777, sent.messageId());
        assertTrue(sent.duplicate());
    }

    @Test
    void anExpiredTokenIsRenewedOnce() {
        service.stubFor(post("/v1/token").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"OLD\",\"token_type\":\"bearer\"}")).willSetStateTo("renewed"));
        service.stubFor(post("/v1/token").inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"access_token\":\"T1\",\"token_type\":\"bearer\"}")));
        service.stubFor(post("/v2/attachments").withHeader("Authorization", equalTo("Bearer OLD"))
                .willReturn(aResponse().withStatus(401)));
        service.stubFor(post("/v2/attachments").withHeader("Authorization", equalTo("Bearer T1"))
                .willReturn(okJson("{\"attachmentId\":\"" + ATTACHMENT_ID + "\"}")));
        service.stubFor(post("/v2/messages").withHeader("Authorization", equalTo("Bearer T1"))
                .willReturn(okJson("{\"messageId\":5}")));

        assertEquals(5, client().send(letter(false)).messageId());
    }

    @Test
    void aRefusalNamesTheServicesReasonAndIsNotRetried() {
        tokenAndUpload();
        service.stubFor(post("/v2/messages").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reason\":\"Validation failed\",\"validationErrors\":[{\"error\":\"recipient.id invalid\",\"errorCode\":\"X\"}]}")));

        SuomiFiException e = assertThrows(SuomiFiException.class, () -> client().send(letter(true)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("Validation failed"), e.getMessage());
        assertFalse(e.isTransient());
    }

    @Test
    void anOutageIsTransient() {
        tokenAndUpload();
        service.stubFor(post("/v2/messages").willReturn(aResponse().withStatus(503).withBody("down")));
        SuomiFiException e = assertThrows(SuomiFiException.class, () -> client().send(letter(true)));
        assertTrue(e.isTransient());
    }

    @Test
    void eventsTellWhenTheRecipientConfirmedReceipt() {
        tokenAndUpload();
        service.stubFor(get("/v2/events").willReturn(okJson("""
                {"continuationToken":"c1","events":[
                  {"eventTime":"2026-12-03T08:15:00.000Z","type":"Electronic message created",
                   "metadata":"{\\"messageId\\":777,\\"externalId\\":\\"measure-42-v1\\",\\"serviceId\\":\\"lvv-valvonta\\"}"},
                  {"eventTime":"2026-12-04T09:30:00.000Z","type":"Receipt confirmed",
                   "metadata":"{\\"messageId\\":777,\\"externalId\\":\\"measure-42-v1\\",\\"serviceId\\":\\"lvv-valvonta\\"}"}]}""")));
        service.stubFor(get("/v2/events?continuationToken=c1").willReturn(okJson("{\"continuationToken\":\"c1\",\"events\":[]}")));

        SuomiFiClient client = client();
        SuomiFiApi.EventsPage page = client.events(null);
        assertEquals("c1", page.continuationToken());
        SuomiFiApi.Event confirmed = page.events().get(1);
        assertEquals(SuomiFiApi.EVENT_RECEIPT_CONFIRMED, confirmed.type());
        assertEquals("measure-42-v1", client.metadataOf(confirmed).externalId());
        assertEquals(777L, client.metadataOf(confirmed).messageId());
        assertTrue(client.events("c1").events().isEmpty());
    }
}
