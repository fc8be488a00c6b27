package fi.valvonta.it.platform;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as an installation starts in production: no demo mode, an empty database, and only the
 * one-time bootstrap administrator (valvonta.bootstrap.admin / .password), who must change the password
 * before anything else. Runs on its own server (container wildfly-production, Failsafe execution
 * production-boot); the steps build on each other, hence the order.
 */
@Tag("production-boot")
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionBootIT {

    static final String ADMIN = System.getProperty("valvonta.bootstrap.admin");
    static final String GIVEN = System.getProperty("valvonta.bootstrap.password");
    static final String CHOSEN = "oma salasana joka on pitkä";
    static final String CHOSEN_AGAIN = "toinen oma salasana, pidempi";

    private static ServerLog log;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        log = ServerLog.fromNow();
        return Deployments.freshApplication();
    }

    @Test
    @Order(1)
    void noUserWithAKnownPasswordExists() throws Exception {
        for (String user : List.of("kirjaamo", "tarkastaja", "tarkastaja2", "ratkaisija", "ratkaisija2", "admin", "auditor", ADMIN)) {
            for (String password : List.of("demo", "admin", "password", user)) {
                Api.Reply r = Api.as(user, password).get("/me");
                assertEquals(401, r.status(), user + "/" + password + ": " + r);
            }
        }
        assertFalse(new WebSession(Api.BASE).signInSucceeds("kirjaamo", "demo"), "the demo users do not exist");
    }

    @Test
    @Order(2)
    void bootstrapIsLoggedWithoutThePassword() throws Exception {
        String text = log.read();
        assertTrue(text.contains("Bootstrap administrator '" + ADMIN + "' created"), "the bootstrap is logged");
        assertFalse(text.contains(GIVEN), "the password is never logged");
        assertTrue(text.contains("Scheduled job 'complaint deadlines'"), "timers run by default");
        assertTrue(text.contains("Scheduled job 'measure follow-up'"), "timers run by default");
        assertFalse(text.contains("DEMO MODE"), "no demo mode");
    }

    @Test
    @Order(3)
    void theGivenPasswordOpensOnlyThePasswordChange() throws Exception {
        Api given = Api.as(ADMIN, GIVEN);
        for (String path : List.of("/me", "/municipalities", "/system")) {
            Api.Reply r = given.get(path);
            assertEquals(403, r.status(), path + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
            assertEquals("password-change-required", r.json().getString("code"));
        }

        WebSession ui = new WebSession(Api.BASE);
        assertEquals(302, ui.signIn(ADMIN, GIVEN).statusCode());
        for (String page : List.of("/index.xhtml", "/complaints/list.xhtml", "/registry/municipalities.xhtml")) {
            HttpResponse<String> r = ui.get(page);
            assertEquals(302, r.statusCode(), page);
            assertTrue(WebSession.location(r).endsWith("/change-password.xhtml"), page + " -> " + WebSession.location(r));
        }
        HttpResponse<String> form = ui.get("/change-password.xhtml");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("id=\"password:required\""), "the page says why");

        // too short: refused on the page, the change still required
        HttpResponse<String> refused = ui.submit("/change-password.xhtml", "password",
                Map.of("current", GIVEN, "new", "lyhyt", "repeat", "lyhyt"), "save");
        assertEquals(200, refused.statusCode());
        assertEquals(302, ui.get("/index.xhtml").statusCode());
        assertEquals(403, given.get("/me").status());

        HttpResponse<String> changed = ui.submit("/change-password.xhtml", "password",
                Map.of("current", GIVEN, "new", CHOSEN, "repeat", CHOSEN), "save");
        assertEquals(302, changed.statusCode(), changed.body());
        assertTrue(WebSession.location(changed).endsWith("/index.xhtml"), WebSession.location(changed));
        assertEquals(200, ui.get("/index.xhtml").statusCode(), "the session's pages open");

        assertEquals(401, given.get("/me").status(), "the given password is gone");
        JsonObject me = Api.as(ADMIN, CHOSEN).get("/me").json();
        assertEquals("[\"ADMIN\"]", me.getJsonArray("roles").toString());
        JsonObject system = Api.as(ADMIN, CHOSEN).get("/system").json();
        assertFalse(system.getBoolean("demoMode"), system.toString());
    }

    @Test
    @Order(4)
    void theApiChangesTheCallersOwnPassword() {
        Api admin = Api.as(ADMIN, CHOSEN);
        Api.Reply wrong = admin.post("/me/password", "{\"currentPassword\":\"väärä\",\"newPassword\":\"" + CHOSEN_AGAIN + "\"}");
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("user.password-wrong", wrong.json().getString("code"));
        assertEquals("currentPassword", wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply weak = admin.post("/me/password", "{\"currentPassword\":\"" + CHOSEN + "\",\"newPassword\":\"lyhyt\"}");
        assertEquals(422, weak.status(), weak.toString());
        assertEquals("user.password-too-short", weak.json().getString("code"));

        Api.Reply ok = admin.post("/me/password", "{\"currentPassword\":\"" + CHOSEN + "\",\"newPassword\":\"" + CHOSEN_AGAIN + "\"}");
        assertEquals(204, ok.status(), ok.toString());
        assertEquals(401, admin.get("/me").status());
        assertEquals(200, Api.as(ADMIN, CHOSEN_AGAIN).get("/me").status());
    }

    @Test
    @Order(5)
    void everyPageRendersForTheAdministrator() throws Exception {
        WebSession ui = new WebSession(Api.BASE);
        assertEquals(302, ui.signIn(ADMIN, CHOSEN_AGAIN).statusCode());
        List<String> errorTitles = errorTitles();
        List<String> pages = pages();
        assertTrue(pages.size() >= 15, pages.toString());
        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> r = ui.get(page);
            String title = title(r.body());
            if (r.statusCode() != 200 || errorTitles.contains(title) || !r.body().contains("</html>")) {
                String body = r.body();
                failures.add(page + ": " + r.statusCode() + " " + WebSession.location(r) + " «" + title + "» …"
                        + body.substring(Math.max(0, body.length() - 400)));
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Demo users never outlive demo mode: the server is switched into demo mode (its users appear, with
     * the password "demo"), then started again without it — every demo user is disabled, in the security
     * log and the server log, and the administrator sees them marked as demo users.
     */
    @Test
    @Order(6)
    void demoUsersAreDisabledWhenTheServerStartsWithoutDemoMode() throws Exception {
        ServerLog restart;
        try (ModelControllerClient management = ModelControllerClient.Factory.create("remote+http", "localhost",
                Integer.parseInt(System.getProperty("jboss.management.port", "9990")))) {
            manage(management, "add", "system-property", "valvonta.demo", "true");
            manage(management, "redeploy", "deployment", "valvonta.ear", null);
            assertEquals(200, Api.as("kirjaamo", "demo").get("/me").status(), "demo mode: its users sign in");
            assertTrue(Api.as(ADMIN, CHOSEN_AGAIN).get("/system").json().getBoolean("demoMode"));

            restart = ServerLog.fromNow();
            manage(management, "remove", "system-property", "valvonta.demo", null);
            manage(management, "redeploy", "deployment", "valvonta.ear", null);
        }
        Api admin = Api.as(ADMIN, CHOSEN_AGAIN);
        assertFalse(admin.get("/system").json().getBoolean("demoMode"));
        for (String user : List.of("kirjaamo", "tarkastaja", "ratkaisija", "admin", "auditor")) {
            assertEquals(401, Api.as(user, "demo").get("/me").status(), user + " is disabled");
        }
        assertFalse(new WebSession(Api.BASE).signInSucceeds("admin", "demo"));
        JsonObject demoAdmin = admin.get("/users").array().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals("admin")).findFirst().orElseThrow();
        assertTrue(demoAdmin.getBoolean("demo"), demoAdmin.toString());
        assertFalse(demoAdmin.getBoolean("active"), demoAdmin.toString());
        assertTrue(admin.get("/audit/security-log?kind=DEMO_USER_DISABLED&username=kirjaamo").array().size() >= 1);
        assertTrue(restart.read().contains("Demo mode is off: 7 demo user(s) disabled"), "the server log says so");
        assertEquals(200, admin.get("/me").status(), "the real administrator goes on");
    }

    private static void manage(ModelControllerClient client, String operation, String type, String name, String value)
            throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add(type, name);
        if (value != null) {
            op.get("value").set(value);
        }
        ModelNode result = client.execute(op);
        assertEquals("success", result.get("outcome").asString(), operation + " " + type + "=" + name + ": " + result);
    }

    /** Every view of the web module but the login and error pages, as paths of the application. */
    private static List<String> pages() throws Exception {
        Path webapp = Path.of(System.getProperty("basedir", "."), "..", "web", "src", "main", "webapp").normalize();
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.equals("/login.xhtml") && !p.equals("/error.xhtml"))
                    .sorted().toList();
        }
    }

    private static List<String> errorTitles() throws Exception {
        List<String> titles = new ArrayList<>();
        for (String lang : List.of("fi", "sv", "en")) {
            Path bundle = Path.of(System.getProperty("basedir", "."), "..", "web", "src", "main", "resources",
                    "fi", "valvonta", "web", "i18n", "messages_" + lang + ".properties");
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            titles.add(p.getProperty("app.name") + " – " + p.getProperty("error.title"));
        }
        return titles;
    }

    private static String title(String html) {
        Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1).strip() : "";
    }
}
