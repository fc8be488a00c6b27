package fi.valvonta.it.platform;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform as deployed: EclipseLink is the JPA provider, Flyway migrated, health and OpenAPI served. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    /** The server log from this class's deployment on: an earlier run's or server's lines decide nothing. */
    private static ServerLog log;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        log = ServerLog.fromNow();
        // its own deployment: the test reads what deploying the application logs
        return Deployments.freshApplication();
    }

    @Test
    void eclipseLinkIsThePersistenceProvider() {
        JsonObject info = Api.as("admin").get("/system").json();
        assertTrue(info.getString("entityManagerDelegate").startsWith("org.eclipse.persistence."), info.toString());
        assertTrue(info.getString("persistenceProvider").startsWith("org.eclipse.persistence."), info.toString());
    }

    @Test
    void noHibernateOrmInTheServerLog() throws Exception {
        String text = log.read();
        assertTrue(text.contains("Deployed \"valvonta.ear\""), "this run's deployment is in the part read");
        // Hibernate ORM logs with the HHH prefix; Hibernate Validator (HV) is WildFly's Bean Validation
        assertFalse(text.contains("HHH0"), "Hibernate ORM must not start");
        assertFalse(text.contains("org.hibernate.jpa"), "Hibernate ORM must not start");
    }

    @Test
    void migrationsAppliedAndAgencyConfigured() {
        JsonObject info = Api.as("admin").get("/system").json();
        assertTrue(Integer.parseInt(info.getString("schemaVersion")) >= 2, info.toString());
        assertEquals("LVV", info.getString("casePrefix"));
        assertEquals("Lupa- ja valvontavirasto", info.getString("agencyNameFi"));
        assertTrue(info.getBoolean("demoMode"));
        String expectedDb = "postgresql".equals(System.getProperty("valvonta.db")) ? "PostgreSQL" : "H2";
        assertTrue(info.getString("database").startsWith(expectedDb), info.toString());
    }

    /**
     * A page is written whole and in UTF-8 where it is not plain ASCII: the widget scripts carry a menu's label and the
     * paginator's template as they are (Utf8PageFilter encodes the page in bulk and hands on what its encoder holds
     * once the page is done); an error page too, through the same filter on the error dispatch, and an ajax request's
     * error answer.
     */
    @Test
    void pagesAndErrorPagesAreWrittenWholeInUtf8() throws Exception {
        WebSession ui = new WebSession(Api.BASE);
        assertTrue(ui.signInSucceeds("tarkastaja", "demo"));
        HttpResponse<String> list = ui.get("/complaints/list.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"),
                list.headers().map().toString());
        assertTrue(list.body().contains("label:\"Vastuuhenkil\u00f6\""), "the assignee menu's label in its widget script");
        assertTrue(list.body().contains("{startRecord}\u2013{endRecord}"), "the paginator's template in its widget script");
        assertTrue(list.body().stripTrailing().endsWith("</html>"), "the whole page");

        HttpResponse<String> missing = ui.get("/complaints/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<h1>Virhe</h1>"), missing.body());
        assertTrue(missing.body().stripTrailing().endsWith("</html>"), "the whole error page");

        // an ajax request whose view has expired: OmniFaces' exception handler resets the response and answers with
        // the error page's partial response, written whole through the same filter
        HttpResponse<String> expired = ui.ajax("/complaints/list.xhtml", "list:inbox", "-1234:5678");
        assertTrue(expired.body().startsWith("<?xml") && expired.body().contains("<changes>"), expired.body());
        assertTrue(expired.body().stripTrailing().endsWith("</partial-response>"), "the whole partial response: " + expired.body());
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + System.getProperty("jboss.management.port", "9990") + "/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
        HttpResponse<String> openApi = http.send(HttpRequest.newBuilder(URI.create(Api.BASE.replace("/valvonta", "/openapi"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/v1/municipalities"), "OpenAPI lists the API");
    }
}
