package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static fi.valvonta.it.measure.MeasureFixtures.draftNew;
import static fi.valvonta.it.measure.MeasureFixtures.municipality;
import static fi.valvonta.it.support.Complaints.act;
import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.ok;
import static fi.valvonta.it.support.Complaints.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of law of complaints through the REST API: disqualification (HL 27–28 §, also in a measure
 * case), the hearing before a remark (HL 34 §), not investigating as a presented decision (HL 53 b §),
 * the language of proceedings (kielilaki 10 §, 12 §, 20 §; saamen kielilaki), the oral complaint's consent
 * (HL 53 a § 2 mom) and the letters to the complainant (HL 21 §, HL 53 b § 1 mom).
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintLegalIT {

    private static final String DISQUALIFIED = "disqualified-hl-27";

    private final Api registrar = Api.as("kirjaamo");
    private final Api inspector = Api.as("tarkastaja");
    private final Api inspector2 = Api.as("tarkastaja2");
    private final Api decider = Api.as("ratkaisija");
    private final Api decider2 = Api.as("ratkaisija2"); // INSPECTOR and DECISION_MAKER

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    private static Api.Reply post(Api api, long id, String path, String json) {
        String etag = api.get("/complaints/" + id).header("ETag");
        return api.send("POST", "/complaints/" + id + "/" + path, json, Map.of("If-Match", etag));
    }

    private static List<String> actions(JsonObject c) {
        return c.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private JsonObject proposedOpinion() {
        int id = register(registrar, body()).getInt("id");
        ok(inspector, id, "start-assessment", null);
        ok(inspector, id, "start-preparation", null);
        return ok(inspector, id, "propose", "{\"outcome\":\"OPINION\",\"text\":\"Käsitys menettelystä.\"}");
    }

    @Test
    void aDisqualifiedDeciderIsRefusedAndAnotherDecides() {
        int id = proposedOpinion().getInt("id");
        assertTrue(actions(decider.get("/complaints/" + id).json()).contains("decide"));

        Api.Reply noGround = post(decider, id, "disqualification", "{\"explanation\":\"x\"}");
        assertEquals(422, noGround.status(), noGround.toString());
        Api.Reply declared = post(decider, id, "disqualification", "{\"ground\":\"INTEREST\",\"explanation\":\"Sukulainen kunnan palveluksessa.\"}");
        assertEquals(200, declared.status(), declared.toString());
        JsonObject c = declared.json();
        assertTrue(c.getBoolean("callerDisqualified"));
        JsonObject d = c.getJsonArray("disqualifications").getJsonObject(0);
        assertEquals("ratkaisija", d.getString("username"));
        assertEquals("HL 28 § 1 mom 3 kohta", d.getString("legalBasis"));
        assertFalse(actions(c).contains("decide"), "a disqualified decider is not offered the decision");
        assertEquals(409, post(decider, id, "disqualification", "{\"ground\":\"PARTY\"}").status(), "declared once");

        Api.Reply refused = act(decider, id, "decide", null);
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(DISQUALIFIED, refused.json().getString("code"));
        assertEquals("PROPOSED", decider.get("/complaints/" + id).json().getString("state"));

        JsonObject decided = ok(decider2, id, "decide", null);
        assertEquals("DECIDED", decided.getString("state"));
        assertTrue(decided.getJsonObject("decision").getBoolean("presenterAndDeciderNotDisqualified"));
        List<String> trail = inspector.get("/complaints/" + id + "/audit").array().stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("action")).toList();
        assertTrue(trail.contains("DISQUALIFICATION_DECLARED"), trail.toString());
    }

    @Test
    void aDisqualifiedInspectorNeitherPresentsNorIsAssigned() {
        int id = register(registrar, body()).getInt("id");
        ok(inspector2, id, "start-assessment", null);
        assertEquals("tarkastaja2", inspector2.get("/complaints/" + id).json().getString("assignee"));
        JsonObject c = post(inspector2, id, "disqualification", "{\"ground\":\"PARTY\"}").json();
        assertFalse(c.containsKey("assignee") && !c.isNull("assignee"), "the disqualified assignee's case is released: " + c);

        Api.Reply assign = post(registrar, id, "assign", "{\"assignee\":\"tarkastaja2\"}");
        assertEquals(403, assign.status(), assign.toString());
        assertEquals(DISQUALIFIED, assign.json().getString("code"));

        ok(inspector2, id, "start-preparation", null);
        Api.Reply propose = act(inspector2, id, "propose", "{\"outcome\":\"NO_ACTION\",\"text\":\"Ei toimenpiteitä.\"}");
        assertEquals(403, propose.status(), propose.toString());
        assertEquals(DISQUALIFIED, propose.json().getString("code"));
        assertEquals("PROPOSED", ok(inspector, id, "propose", "{\"outcome\":\"NO_ACTION\",\"text\":\"Ei toimenpiteitä.\"}")
                .getString("state"));
    }

    @Test
    void aDisqualifiedDeciderIsRefusedInAMeasureCase() {
        long id = draftNew(municipality("Joensuu"), "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"").getInt("id");
        assertEquals(200, inspector.post("/measures/" + id + "/propose", null).status());
        Api.Reply declared = decider.post("/measures/" + id + "/disqualification", "{\"ground\":\"EMPLOYMENT_OR_ASSIGNMENT\"}");
        assertEquals(200, declared.status(), declared.toString());
        assertEquals("HL 28 § 1 mom 4 kohta", declared.json().getString("legalBasis"));
        assertEquals(1, decider.get("/measures/" + id + "/disqualification").array().size());

        Api.Reply refused = decider.post("/measures/" + id + "/decide", "{}");
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(DISQUALIFIED, refused.json().getString("code"));
        assertEquals("PROPOSED", decider.get("/measures/" + id).json().getString("state"));
        assertEquals("DECIDED", decider2.post("/measures/" + id + "/decide", "{}").json().getString("state"));
    }

    @Test
    void aRemarkWithoutHearingIsRefused() {
        int id = register(registrar, body().official("Palvelupäällikkö Testi")).getInt("id");
        ok(inspector, id, "start-assessment", null);
        ok(inspector, id, "start-preparation", null);
        Api.Reply refused = act(inspector, id, "propose", "{\"outcome\":\"REMARK\",\"remarkAddressee\":\"MUNICIPALITY\",\"text\":\"Huomautus.\"}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("complaint.remark-without-hearing", refused.json().getString("code"));
        assertEquals("remarkAddressee", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        // heard: a statement requested from the entity and the named official, and recorded as received
        int heard = register(registrar, body().official("Palvelupäällikkö Testi")).getInt("id");
        ok(inspector, heard, "start-assessment", null);
        JsonObject c = ok(inspector, heard, "request-statement", null);
        assertEquals(2, c.getJsonArray("hearings").size(), c.toString());
        assertFalse(c.getJsonArray("hearings").getJsonObject(0).getBoolean("heardNow"));
        Api.Reply received = post(registrar, heard, "statement-received", "{}");
        assertEquals(200, received.status(), received.toString());
        assertTrue(received.json().getJsonArray("hearings").getJsonObject(1).getBoolean("heardNow"));
        ok(inspector, heard, "start-preparation", null);
        c = ok(inspector, heard, "propose", "{\"outcome\":\"REMARK\",\"remarkAddressee\":\"OFFICIAL\",\"text\":\"Huomautus virkamiehelle.\"}");
        assertEquals("PROPOSED", c.getString("state"));
    }

    @Test
    void notInvestigatingIsProposedByAnInspectorAndDecidedByADecisionMaker() throws Exception {
        int id = register(registrar, body().conduct("2023-01-10", "2023-02-10")).getInt("id");
        Api.Reply alone = act(inspector, id, "not-investigate", null);
        assertEquals(403, alone.status(), "an inspector no longer closes a complaint alone: " + alone);

        JsonObject c = ok(inspector, id, "propose-not-investigated",
                "{\"notInvestigatedReason\":\"OVER_TWO_YEARS\",\"text\":\"Kantelu koskee yli kaksi vuotta vanhaa asiaa.\"}");
        assertEquals("NOT_INVESTIGATED_PROPOSED", c.getString("state"));
        assertFalse(actions(c).contains("not-investigate"));
        assertTrue(decider.get("/complaints?inbox=MINE&max=500").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).anyMatch(s -> s.getInt("id") == id), "waiting for the decision maker");
        assertTrue(actions(decider.get("/complaints/" + id).json()).contains("not-investigate"));

        c = ok(decider, id, "not-investigate", null);
        assertEquals("NOT_INVESTIGATED", c.getString("state"));
        JsonObject d = c.getJsonObject("decision");
        assertEquals("tarkastaja", d.getString("presenter"));
        assertEquals("ratkaisija", d.getString("decidedBy"));
        assertEquals("HL 53 b § 3 mom", d.getString("legalBasis"));
        assertTrue(d.getBoolean("presenterAndDeciderNotDisqualified"));
        assertEquals("NOT_INVESTIGATED", c.getString("notice"));

        // the letter to the complainant (HL 53 b § 1 mom), in Finnish, as text and as a PDF
        JsonObject notice = inspector.get("/complaints/" + id + "/notice").json();
        assertEquals("FI", notice.getString("language"));
        String text = notice.toString();
        assertTrue(text.contains("53 b §:n 1 momentin"), text);
        assertTrue(text.contains("yli kaksi vuotta vanhaa asiaa"), text);
        assertPdf(id);
    }

    @Test
    void aSwedishComplainantAboutAFinnishOnlyMunicipalityGetsSwedishProceedingsAndASwedishLetter() throws Exception {
        long joensuu = municipality("Joensuu");
        JsonObject c = register(registrar, body().language("SV").entity(joensuu).teOffice());
        assertEquals("SV", c.getString("proceedingsLanguage"), "kielilaki 10 §: a state authority");
        assertTrue(c.getJsonObject("language").getBoolean("translationNeeded"), c.toString());
        int id = c.getInt("id");
        assertEquals(409, inspector.get("/complaints/" + id + "/notice").status(), "no letter before the transfer");

        c = ok(decider, id, "transfer", "{\"transferredTo\":\"Joensuun seudun työllisyysalue\"}");
        assertEquals("TRANSFER", c.getString("notice"));
        JsonObject notice = registrar.get("/complaints/" + id + "/notice").json();
        assertEquals("SV", notice.getString("language"));
        String text = notice.toString();
        assertTrue(text.contains("FÖRVALTNINGSKLAGAN"), text);
        assertTrue(text.contains("förvaltningslagen 21 §"), text);
        assertTrue(text.contains("31.12.2024"), "the TE offices ended: " + text);
        assertTrue(text.contains("Joensuun seudun työllisyysalue"), text);
        assertFalse(text.contains("hallintolaki"), "a Swedish letter cites Swedish statute names: " + text);
        assertPdf(id);
    }

    @Test
    void aSamiSpeakerInTheHomelandHasTheRightShownAndAnOralComplaintRecordsTheConsent() {
        JsonObject sami = register(registrar, body().language("SE").sami("NORTH_SAMI").entity(Complaints.SODANKYLA));
        JsonObject language = sami.getJsonObject("language");
        assertEquals("NORTH_SAMI", language.getString("samiLanguage"));
        assertTrue(language.getBoolean("samiRightApplies"));
        JsonObject elsewhere = register(registrar, body().language("SE").sami("SKOLT_SAMI"));
        assertFalse(elsewhere.getJsonObject("language").getBoolean("samiRightApplies"), "Espoo is not in the homeland");

        Api.Reply noConsent = registrar.post("/complaints", body().oral(null).json());
        assertEquals(422, noConsent.status(), noConsent.toString());
        assertEquals("oralConsentBy", noConsent.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject oral = register(registrar, body().oral("Ylitarkastaja Esimerkki"));
        assertEquals("ORAL", oral.getString("channel"));
        assertEquals("Ylitarkastaja Esimerkki", oral.getString("oralConsentBy"));
    }

    private static void assertPdf(int id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/complaints/" + id + "/notice.pdf"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("kirjaamo:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(pdf.body().length > 1000, "a letter, not an empty page: " + pdf.body().length);
    }
}
