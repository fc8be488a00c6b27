package fi.valvonta.it.platform;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A problem's {@code detail} is written in the language the request accepts (Accept-Language: fi, sv or en;
 * Finnish without one or for any other language), with the same text the UI shows for the code; the
 * {@code code} is the same in every language. Covers a rule's refusal, Bean Validation's field messages
 * and a 401 answered before any resource.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemLanguageIT {

    private static final Api INSPECTOR = Api.as("tarkastaja");
    private static final Api ADMIN = Api.as("admin");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    private static Api.Reply get(Api as, String path, String acceptLanguage) {
        return as.send("GET", path, null, acceptLanguage == null ? Map.of() : Map.of("Accept-Language", acceptLanguage));
    }

    @Test
    void aRefusalIsExplainedInTheRequestsLanguage() {
        String code = "measure.list-filter-required";
        // the register of measures needs a filter: 422 with the rule's code
        for (String[] asked : new String[][] {{null, "fi"}, {"fi-FI", "fi"}, {"sv-FI,sv;q=0.9", "sv"}, {"en-GB", "en"},
                {"de", "fi"}, {"de, sv;q=0.8, en;q=0.5", "sv"}, {"en;q=0.4, sv;q=0.9", "sv"}}) {
            Api.Reply r = get(INSPECTOR, "/measures", asked[0]);
            assertEquals(422, r.status(), r.toString());
            assertTrue(r.isProblem(), r.toString());
            assertEquals(code, r.json().getString("code"), r.toString());
            assertEquals(text(asked[1], "error." + code), r.json().getString("detail"), "Accept-Language " + asked[0]);
        }
        assertNotEquals(text("fi", "error." + code), text("sv", "error." + code));
        assertNotEquals(text("en", "error." + code), text("sv", "error." + code));
    }

    @Test
    void beanValidationMessagesFollowTheLanguageToo() {
        String noName = """
                {"model":"LEAD_MUNICIPALITY","supervisedFrom":"2030-01-01","memberIds":[1]}""";
        for (String language : new String[] {"fi", "sv", "en"}) {
            Api.Reply r = ADMIN.send("POST", "/employment-areas", noName, Map.of("Accept-Language", language));
            assertEquals(422, r.status(), r.toString());
            JsonObject p = r.json();
            assertEquals("validation", p.getString("code"), r.toString());
            assertEquals(text(language, "error.validation"), p.getString("detail"), language);
            JsonObject field = p.getJsonArray("errors").getJsonObject(0);
            assertEquals("nameFi", field.getString("field"), r.toString());
            assertEquals(Map.of("fi", "Pakollinen tieto.", "sv", "Obligatorisk uppgift.", "en", "Required.").get(language),
                    field.getString("message"), r.toString());
        }
    }

    @Test
    void theSignInProblemIsInTheLanguageToo() {
        for (String language : new String[] {"fi", "sv", "en"}) {
            Api.Reply r = get(Api.anonymous(), "/me", language);
            assertEquals(401, r.status(), r.toString());
            assertEquals("unauthorized", r.json().getString("code"));
            assertEquals(text(language, "error.unauthorized"), r.json().getString("detail"), language);
        }
    }
}
