package fi.valvonta.it.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The test environment's Suomi.fi Messages: a WireMock stub answering as the service's published REST interface
 * does (v1/token, v2/attachments, v2/messages, v2/events), on a free port the test server is pointed at
 * ({@code it.suomifi.port}, see arquillian.xml). It runs for the whole test session ({@link SuomiFiStubSession}),
 * healthy and quiet by default: the agency's credentials give a token, and the event feed is empty. A test
 * adds its own answers and {@link #reset}s to the defaults when done.
 */
public final class SuomiFiStub implements AutoCloseable {

    public static final String TOKEN = "IT-TOKEN";
    public static final String USERNAME = "valvonta-it";
    public static final String PASSWORD = "suomifi-it";
    public static final String SERVICE_ID = "lvv-valvonta-it";

    private static volatile SuomiFiStub instance;

    private final WireMockServer server;

    private SuomiFiStub() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").port(0));
        server.start();
        reset();
    }

    static synchronized int startForSession() {
        if (instance == null) {
            instance = new SuomiFiStub();
        }
        return instance.server.port();
    }

    static synchronized void stopForSession() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    /** The session's stub. */
    public static SuomiFiStub get() {
        SuomiFiStub s = instance;
        if (s == null) {
            throw new IllegalStateException("no Suomi.fi stub: SuomiFiStubSession starts it with the test session");
        }
        return s;
    }

    public WireMockServer server() {
        return server;
    }

    /** Back to the defaults: a token for the agency's credentials, an empty event feed, nothing else. */
    public void reset() {
        server.resetAll();
        server.stubFor(WireMock.post("/v1/token")
                .withRequestBody(equalToJson("{\"username\":\"" + USERNAME + "\",\"password\":\"" + PASSWORD + "\"}"))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
        server.stubFor(WireMock.get(urlPathEqualTo("/v2/events")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"continuationToken\":\"IT-QUIET\",\"events\":[]}")));
    }

    /** One event of the feed as the service writes it: its metadata is JSON text naming the message. */
    public static String event(String type, String eventTime, String externalId, long messageId) {
        String metadata = "{\"externalId\":\"" + externalId + "\",\"messageId\":" + messageId + ",\"serviceId\":\""
                + SERVICE_ID + "\"}";
        return "{\"eventTime\":\"" + eventTime + "\",\"type\":\"" + type + "\",\"metadata\":"
                + jakarta.json.Json.createValue(metadata) + "}";
    }

    @Override
    public void close() {
        server.stop();
    }
}
