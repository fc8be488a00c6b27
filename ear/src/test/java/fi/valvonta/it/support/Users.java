package fi.valvonta.it.support;

import jakarta.json.JsonObject;

import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Users of the tests' own, created by the demo administrator, each with a password of their own. */
public final class Users {

    public static final String PASSWORD = "oma salasana joka on pitkä";
    private static final String GIVEN = "annettu-salasana-vaihdettava";

    private Users() {
    }

    /** A unique user name, so a test never meets another run's user. */
    public static String uniqueName(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    /** A new user with the roles, who has already changed the given password to {@link #PASSWORD}; returns the id. */
    public static int create(String username, String... roles) {
        StringBuilder json = new StringBuilder("{\"username\":\"" + username + "\",\"displayName\":\"IT " + username
                + "\",\"initialPassword\":\"" + GIVEN + "\",\"roles\":[");
        for (int i = 0; i < roles.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(roles[i]).append('"');
        }
        json.append("]}");
        Api.Reply created = Api.as("admin").post("/users", json.toString());
        assertEquals(201, created.status(), created.toString());
        Api.Reply changed = Api.as(username, GIVEN).post("/me/password",
                "{\"currentPassword\":\"" + GIVEN + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertEquals(204, changed.status(), changed.toString());
        JsonObject user = created.json();
        return user.getInt("id");
    }
}
