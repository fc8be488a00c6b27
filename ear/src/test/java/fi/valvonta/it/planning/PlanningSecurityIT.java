package fi.valvonta.it.planning;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static fi.valvonta.it.planning.Planning.id;
import static fi.valvonta.it.planning.Planning.newDraft;
import static fi.valvonta.it.planning.Planning.newModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a decision-maker adopts a plan; the auditor reads everything and changes nothing. */
@ExtendWith(ArquillianExtension.class)
class PlanningSecurityIT {

    private static final int YEAR = 2022;

    private final Api inspector = Api.as("tarkastaja");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kirjaamo", "tarkastaja", "admin", "auditor"})
    void onlyADecisionMakerAdopts(String user) {
        JsonObject draft = newDraft(inspector, YEAR, id(newModel(inspector, Map.of())), 200);
        Api.Reply refused = Api.as(user).post("/plans/" + id(draft) + "/adopt", null);
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.isProblem());
        assertEquals("DRAFT", inspector.get("/plans/" + id(draft)).json().getString("state"));

        assertEquals(200, Api.as("ratkaisija").post("/plans/" + id(draft) + "/adopt", null).status());
    }

    @Test
    void auditorReadsButChangesNothing() {
        Api auditor = Api.as("auditor");
        JsonObject model = newModel(inspector, Map.of());
        JsonObject draft = newDraft(inspector, YEAR, id(model), 200);

        assertEquals(200, auditor.get("/plans").status());
        assertEquals(200, auditor.get("/plans/" + id(draft)).status());
        assertEquals(200, auditor.get("/plans/" + id(draft) + "/entries").status());
        assertEquals(200, auditor.get("/risk-models").status());
        assertEquals(200, auditor.get("/indicators").status());
        assertEquals(200, auditor.get("/inspections").status());

        assertEquals(403, auditor.post("/plans", "{\"year\":2022,\"inspectorDays\":100}").status());
        assertEquals(403, auditor.send("PUT", "/plans/" + id(draft), "{\"inspectorDays\":10}", Map.of()).status());
        assertEquals(403, auditor.post("/plans/" + id(draft) + "/revisions", null).status());
        assertEquals(403, auditor.post("/risk-models", inspector.get("/risk-models/defaults").body()).status());
        assertEquals(403, auditor.send("PUT", "/risk-models/" + id(model), model.getJsonObject("parameters").toString(), Map.of()).status());
        assertEquals(403, auditor.post("/indicators", """
                {"entityId":2,"validOn":"2023-01-01","clientCount":1,"foreignLanguageShare":0,"under30Share":0,"source":"IT"}""").status());
        assertEquals(403, auditor.post("/inspections", """
                {"entityId":2,"type":"DESK_REVIEW","scheduledOn":"2024-05-02","inspectors":["auditor"]}""").status());
        assertEquals(200.0, inspector.get("/plans/" + id(draft)).json().getJsonNumber("inspectorDays").doubleValue());
    }
}
