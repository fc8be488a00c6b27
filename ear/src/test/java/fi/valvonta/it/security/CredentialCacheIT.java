package fi.valvonta.it.security;

import fi.valvonta.it.platform.WebSession;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.Users;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API credentials are verified by bcrypt once and then taken from a short-lived cache; a password change,
 * a deactivation or a change of roles takes effect on the very next request, for API calls and UI sessions.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialCacheIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    static List<String> roles(Api.Reply me) {
        return me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aCachedCredentialStopsWorkingWhenThePasswordChanges() {
        String name = Users.uniqueName("cache-pw");
        Users.create(name, "INSPECTOR");
        Api old = Api.as(name, Users.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, old.get("/me").status(), "cached after the first call");
        }
        String next = "uusi salasana joka on myös pitkä";
        Api.Reply changed = old.post("/me/password", "{\"currentPassword\":\"" + Users.PASSWORD + "\",\"newPassword\":\"" + next + "\"}");
        assertEquals(204, changed.status(), changed.toString());
        Api.Reply refused = old.get("/me");
        assertEquals(401, refused.status(), "the old password is refused at once: " + refused);
        assertEquals(200, Api.as(name, next).get("/me").status());
    }

    @Test
    void aDeactivatedUserIsRefusedOnTheNextApiCallAndUiRequest() throws Exception {
        String name = Users.uniqueName("cache-off");
        int id = Users.create(name, "REGISTRAR");
        Api user = Api.as(name, Users.PASSWORD);
        assertEquals(200, user.get("/me").status());
        assertEquals(200, user.get("/me").status());
        WebSession ui = new WebSession(Api.BASE);
        assertTrue(ui.signInSucceeds(name, Users.PASSWORD));
        assertEquals(200, ui.get("/index.xhtml").statusCode());

        Api.Reply off = Api.as("admin").post("/users/" + id + "/deactivate", null);
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.json().getBoolean("active"));

        assertEquals(401, user.get("/me").status(), "the cached credential is gone");
        HttpResponse<String> page = ui.get("/index.xhtml");
        assertEquals(302, page.statusCode(), "the session ends");
        assertTrue(WebSession.location(page).contains("/login.xhtml"), WebSession.location(page));
        assertFalse(new WebSession(Api.BASE).signInSucceeds(name, Users.PASSWORD));

        JsonObject last = Api.as("auditor").get("/audit/security-log?kind=USER_DEACTIVATED&username=" + name).array().getJsonObject(0);
        assertTrue(last.getString("detail").contains("admin"), last.toString());
    }

    @Test
    void changedRolesApplyOnTheNextApiCallAndUiRequest() throws Exception {
        String name = Users.uniqueName("cache-roles");
        int id = Users.create(name, "INSPECTOR");
        Api user = Api.as(name, Users.PASSWORD);
        assertEquals(List.of("INSPECTOR"), roles(user.get("/me")));
        assertEquals(403, user.get("/audit/security-log").status());
        WebSession ui = new WebSession(Api.BASE);
        assertTrue(ui.signInSucceeds(name, Users.PASSWORD));
        assertFalse(ui.get("/audit/security-log.xhtml").body().contains("id=\"securityLog\""), "not for an inspector");

        Api.Reply changed = Api.as("admin").send("PUT", "/users/" + id + "/roles", "{\"roles\":[\"AUDITOR\"]}", java.util.Map.of());
        assertEquals(200, changed.status(), changed.toString());

        assertEquals(List.of("AUDITOR"), roles(user.get("/me")), "the next call has the new roles");
        assertEquals(200, user.get("/audit/security-log").status());
        assertTrue(ui.get("/audit/security-log.xhtml").body().contains("id=\"securityLog\""), "the session has them too");
    }

    @Test
    void onlyTheAdministratorManagesUsersAndNeverTheirOwnAccount() {
        assertEquals(403, Api.as("tarkastaja").get("/users").status());
        assertEquals(403, Api.as("tarkastaja").post("/users", "{}").status());
        JsonObject admin = Api.as("admin").get("/users").array().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals("admin")).findFirst().orElseThrow();
        Api.Reply own = Api.as("admin").post("/users/" + admin.getInt("id") + "/deactivate", null);
        assertEquals(422, own.status(), own.toString());
        assertEquals("user.own-account", own.json().getString("code"));
        Api.Reply none = Api.as("admin").send("PUT", "/users/" + admin.getInt("id") + "/roles", "{\"roles\":[]}", java.util.Map.of());
        assertEquals(422, none.status(), none.toString());
        Api.Reply taken = Api.as("admin").post("/users", "{\"username\":\"admin\",\"displayName\":\"X\",\"initialPassword\":\"pitkä alkusalasana\",\"roles\":[\"ADMIN\"]}");
        assertEquals(409, taken.status(), taken.toString());
    }
}
