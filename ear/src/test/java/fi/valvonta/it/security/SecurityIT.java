package fi.valvonta.it.security;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authentication and access rules: 401 without a valid user, 403 for a wrong role, login page for the UI. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String CREATE =
            "{\"nameFi\":\"IT kielletty\",\"model\":\"JOINT_AUTHORITY\",\"supervisedFrom\":\"2099-01-01\",\"memberIds\":[1]}";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void unauthenticatedApiCallGets401WithBasicChallenge() {
        Api.Reply r = Api.anonymous().get("/municipalities");
        assertEquals(401, r.status());
        assertTrue(r.isProblem(), r.contentType());
        assertTrue(r.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void wrongPasswordGets401() {
        Api.Reply r = Api.as("tarkastaja", "wrong").get("/municipalities");
        assertEquals(401, r.status());
        assertEquals("unauthorized", r.json().getString("code"));
        assertEquals(401, Api.as("nobody", "demo").get("/municipalities").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kirjaamo", "tarkastaja", "ratkaisija", "auditor"})
    void onlyAdminEstablishesEmploymentAreas(String user) {
        Api.Reply r = Api.as(user).post("/employment-areas", CREATE);
        assertEquals(403, r.status(), r.toString());
        assertTrue(r.isProblem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kirjaamo", "tarkastaja", "tarkastaja2", "ratkaisija", "admin", "auditor"})
    void everyRoleReadsTheRegistry(String user) {
        assertEquals(200, Api.as(user).get("/pilot-areas").status());
    }

    @Test
    void systemInfoAndAuditTrailAreForAdminAndAuditor() {
        assertEquals(403, Api.as("tarkastaja").get("/system").status());
        assertEquals(403, Api.as("tarkastaja").get("/audit?type=AppUser&id=1").status());
        assertEquals(200, Api.as("auditor").get("/audit?type=AppUser&id=1").status());
    }

    @Test
    void rolesAreReportedForTheCaller() {
        var me = Api.as("ratkaisija").get("/me").json();
        assertEquals("ratkaisija", me.getString("username"));
        assertEquals("DECISION_MAKER", me.getJsonArray("roles").getString(0));
    }

    @Test
    void pagesRedirectToLogin() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/registry/municipalities.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?next="));
    }
}
