package fi.valvonta.it.security;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.Users;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on another site cannot change anything through the API: bodies a browser sends cross-site
 * without a preflight (forms, text/plain) and body-less calls without the client's own header are refused
 * with 415, and the API never asks a browser for Basic credentials it would then send along.
 */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String NEXT = "hyökkääjän valitsema salasana";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    static HttpResponse<String> post(String user, String password, String path, String contentType, String body,
                                     Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void formAndTextBodiesChangeNothing() throws Exception {
        String name = Users.uniqueName("csrf");
        Users.create(name, "INSPECTOR");
        String json = "{\"currentPassword\":\"" + Users.PASSWORD + "\",\"newPassword\":\"" + NEXT + "\"}";
        Map<String, String> crossSite = Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");
        for (String type : new String[]{"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz"}) {
            HttpResponse<String> r = post(name, Users.PASSWORD, "/me/password", type, json, crossSite);
            assertEquals(415, r.statusCode(), type + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.body().contains("cross-site-request-refused"), r.body());
        }
        assertEquals(200, Api.as(name, Users.PASSWORD).get("/me").status(), "the password did not change");
        assertEquals(401, Api.as(name, NEXT).get("/me").status());
        assertFalse(Api.as("auditor").get("/audit/security-log?kind=CROSS_SITE_REFUSED&username=" + name).array().isEmpty());

        // the same call as JSON goes through
        assertEquals(204, post(name, Users.PASSWORD, "/me/password", "application/json", json, Map.of()).statusCode());
        assertEquals(200, Api.as(name, NEXT).get("/me").status());
    }

    @Test
    void aBodyLessStateChangeNeedsTheClientsOwnHeader() throws Exception {
        HttpResponse<String> bare = post("admin", "demo", "/complaints/deadline-check", null, null, Map.of());
        assertEquals(415, bare.statusCode(), bare.body());
        HttpResponse<String> named = post("admin", "demo", "/complaints/deadline-check", null, null, Map.of("X-Requested-By", "script"));
        assertEquals(200, named.statusCode(), named.body());
    }

    @Test
    void theApiNeverAsksABrowserForBasicCredentials() throws Exception {
        HttpResponse<String> script = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, script.statusCode());
        assertTrue(script.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "a script is challenged");
        for (Map.Entry<String, String> browserHeader : Map.of("Sec-Fetch-Mode", "navigate", "Cookie", "JSESSIONID=abc",
                "User-Agent", "Mozilla/5.0 (X11; Linux x86_64)").entrySet()) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                    .header(browserHeader.getKey(), browserHeader.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, r.statusCode());
            assertNull(r.headers().firstValue("WWW-Authenticate").orElse(null), browserHeader.toString());
        }
    }

    /** A real browser, signed in to the UI, submits a form of another site to the API: nothing changes. */
    @Test
    void aCrossSiteFormInABrowserChangesNothing() throws Exception {
        String name = Users.uniqueName("csrf-ui");
        Users.create(name, "INSPECTOR");
        String body = "{\"currentPassword\":\"" + Users.PASSWORD + "\",\"newPassword\":\"" + NEXT + "\"}";
        String evil = "<html><body><form id='f' method='post' enctype='text/plain' action='" + Api.BASE + "/api/v1/me/password'>"
                + "<input name='" + body.replace("'", "&#39;").replace("\"", "&quot;") + "' value=''></form>"
                + "<script>document.getElementById('f').submit()</script></body></html>";
        try (Browser browser = new Browser()) {
            browser.login(name, Users.PASSWORD);
            browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(evil, StandardCharsets.UTF_8).replace("+", "%20"));
            browser.waiting().until(ExpectedConditions.urlContains("/api/v1/me/password"));
            String shown = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(shown.contains("\"status\":401") || shown.contains("\"status\":415"), shown);
        }
        assertEquals(200, Api.as(name, Users.PASSWORD).get("/me").status(), "the password did not change");
        assertEquals(401, Api.as(name, NEXT).get("/me").status());
    }
}
