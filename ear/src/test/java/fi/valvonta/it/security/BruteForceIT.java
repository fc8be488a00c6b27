package fi.valvonta.it.security;

import fi.valvonta.it.platform.WebSession;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.UiTexts;
import fi.valvonta.it.support.Users;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repeated failed sign-ins lock the user name (5 in a row, by form or Basic) and the client address (50),
 * with a message that says so whether the user exists or not; failures, locks and refused access are in
 * the security log for the auditor. The test server locks a client for 3 seconds only
 * (valvonta.security.lockout.client.*), so the rest of the suite is not held up.
 */
@ExtendWith(ArquillianExtension.class)
class BruteForceIT {

    static final String WRONG = "väärä salasana";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    static Set<String> kinds(String username) {
        JsonArray log = Api.as("auditor").get("/audit/security-log?username=" + username).array();
        return log.stream().map(e -> e.asJsonObject().getString("kind")).collect(Collectors.toSet());
    }

    @Test
    void failuresOnlyCountAndASuccessClearsThem() {
        String name = Users.uniqueName("bf-reset");
        Users.create(name, "INSPECTOR");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                Api.Reply r = Api.as(name, WRONG).get("/me");
                assertEquals(401, r.status());
                assertEquals("unauthorized", r.json().getString("code"));
            }
            assertEquals(200, Api.as(name, Users.PASSWORD).get("/me").status(), "round " + round);
        }
    }

    @Test
    void fiveFailuresLockTheUserNameEvenForTheRightPassword() {
        String name = Users.uniqueName("bf-lock");
        Users.create(name, "INSPECTOR");
        for (int i = 0; i < 4; i++) {
            assertEquals("unauthorized", Api.as(name, WRONG).get("/me").json().getString("code"));
        }
        Api.Reply fifth = Api.as(name, WRONG).get("/me");
        assertEquals(401, fifth.status());
        assertEquals("sign-in-locked", fifth.json().getString("code"));
        Api.Reply right = Api.as(name, Users.PASSWORD).get("/me");
        assertEquals(401, right.status(), "locked: the password is not even looked at");
        assertEquals("sign-in-locked", right.json().getString("code"));
        assertNotNull(right.header("Retry-After"));
        assertTrue(Integer.parseInt(right.header("Retry-After")) > 0);

        // the login form tells the same
        WebSession ui = new WebSession(Api.BASE);
        HttpResponse<String> page;
        try {
            page = ui.signIn(name, Users.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, page.statusCode(), "stays on the login page");
        assertTrue(shows(page, UiTexts.text("fi", "login.locked")), page.body());

        assertTrue(kinds(name).containsAll(List.of("SIGN_IN_FAILED", "LOCKED_OUT", "SIGN_IN_REFUSED_LOCKED")), kinds(name).toString());
    }

    @Test
    void theLoginFormLocksToo() throws Exception {
        String name = Users.uniqueName("bf-form");
        Users.create(name, "REGISTRAR");
        WebSession ui = new WebSession(Api.BASE);
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> page = ui.signIn(name, WRONG);
            assertTrue(shows(page, UiTexts.text("fi", "login.failed")), "attempt " + i);
        }
        HttpResponse<String> fifth = ui.signIn(name, WRONG);
        assertTrue(shows(fifth, UiTexts.text("fi", "login.locked")), fifth.body());
        assertFalse(ui.signInSucceeds(name, Users.PASSWORD));
        assertEquals("sign-in-locked", Api.as(name, Users.PASSWORD).get("/me").json().getString("code"), "Basic too");
    }

    @Test
    void aLockSaysNothingAboutWhetherTheUserExists() {
        String real = Users.uniqueName("bf-real");
        Users.create(real, "INSPECTOR");
        String nobody = Users.uniqueName("bf-nobody");
        Api.Reply realLast = null;
        Api.Reply nobodyLast = null;
        for (int i = 0; i < 6; i++) {
            realLast = Api.as(real, WRONG).get("/me");
            nobodyLast = Api.as(nobody, WRONG).get("/me");
        }
        assertEquals(realLast.status(), nobodyLast.status());
        assertEquals(realLast.json().getString("code"), nobodyLast.json().getString("code"));
        assertEquals(realLast.json().getString("detail"), nobodyLast.json().getString("detail"));
        assertEquals("sign-in-locked", nobodyLast.json().getString("code"));
        assertTrue(kinds(nobody).contains("LOCKED_OUT"), "the attempts on a name that does not exist are logged too");
    }

    @Test
    void manyFailuresFromOneClientLockTheClient() throws Exception {
        Api.Reply last = null;
        for (int i = 0; i < 50; i++) {
            last = Api.as(Users.uniqueName("bf-spray"), WRONG).get("/me");
        }
        assertEquals("sign-in-locked", last.json().getString("code"), last.toString());
        Api.Reply demo = Api.as("kirjaamo").get("/me");
        assertEquals(401, demo.status(), "a valid user from the locked client is refused too");
        assertEquals("sign-in-locked", demo.json().getString("code"));
        // the test server's client lock lasts 3 seconds
        long until = System.currentTimeMillis() + 20_000;
        int status;
        do {
            Thread.sleep(1000);
            status = Api.as("kirjaamo").get("/me").status();
        } while (status != 200 && System.currentTimeMillis() < until);
        assertEquals(200, status, "the client lock runs out");
    }

    @Test
    void refusedAccessIsInTheSecurityLogForTheAuditorOnly() {
        String name = Users.uniqueName("bf-denied");
        Users.create(name, "INSPECTOR");
        Api inspector = Api.as(name, Users.PASSWORD);
        assertEquals(403, inspector.get("/system").status());
        assertEquals(403, inspector.get("/audit/security-log").status());
        assertEquals(401, Api.anonymous().get("/me").status());

        JsonArray denied = Api.as("auditor").get("/audit/security-log?kind=ACCESS_DENIED&username=" + name).array();
        assertEquals(2, denied.size(), denied.toString());
        JsonObject entry = denied.getJsonObject(0);
        assertTrue(entry.getString("detail").contains("/api/v1/audit/security-log"), entry.toString());
        assertEquals("127.0.0.1", entry.getString("client").replace("0:0:0:0:0:0:0:1", "127.0.0.1"));
        assertEquals(200, Api.as("admin").get("/audit/security-log?max=5").status());
        assertFalse(Api.as("auditor").get("/audit/security-log?kind=UNAUTHENTICATED&max=50").array().isEmpty());
    }

    /** Whether the page shows the text, however the page escaped its characters. */
    static boolean shows(HttpResponse<String> page, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(page.body());
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(plain, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(plain);
        String body = plain.toString().replace("&auml;", "ä").replace("&ouml;", "ö").replace("&aring;", "å")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return body.contains(text);
    }
}
