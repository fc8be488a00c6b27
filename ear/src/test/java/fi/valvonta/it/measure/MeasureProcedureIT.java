package fi.valvonta.it.measure;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static fi.valvonta.it.measure.MeasureFixtures.AUDITOR;
import static fi.valvonta.it.measure.MeasureFixtures.DECIDER;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR2;
import static fi.valvonta.it.measure.MeasureFixtures.bytes;
import static fi.valvonta.it.measure.MeasureFixtures.decide;
import static fi.valvonta.it.measure.MeasureFixtures.draftNew;
import static fi.valvonta.it.measure.MeasureFixtures.hearing;
import static fi.valvonta.it.measure.MeasureFixtures.municipality;
import static fi.valvonta.it.measure.MeasureFixtures.ok;
import static fi.valvonta.it.measure.MeasureFixtures.problemCode;
import static fi.valvonta.it.measure.MeasureFixtures.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hearing, presentation and decision, immutability, decision documents and the register, through the API. */
@ExtendWith(ArquillianExtension.class)
class MeasureProcedureIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void orderCannotBeDecidedBeforeTheHearingConcludes() {
        JsonObject order = draftNew(municipality("Joensuu"), "ORDER", "\"deadline\":\"2024-08-30\"");
        long id = order.getInt("id");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));

        Api.Reply unheard = DECIDER.post("/measures/" + id + "/decide", "{\"decidedOn\":\"2024-06-10\"}");
        assertEquals(422, unheard.status(), unheard.toString());
        assertEquals("measure.hearing-required", problemCode(unheard));
        assertEquals("hearing", unheard.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        hearing(id, "2024-06-03", "2024-06-17", null);
        Api.Reply pending = DECIDER.post("/measures/" + id + "/decide", "{\"decidedOn\":\"2024-06-10\"}");
        assertEquals(422, pending.status(), pending.toString());
        assertEquals("measure.hearing-pending", problemCode(pending));
        assertEquals("PROPOSED", ok(INSPECTOR.get("/measures/" + id)).getString("state"), "a refusal writes nothing");

        // the response arrives: the order may be decided before the deadline of the hearing
        ok(INSPECTOR.post("/measures/" + id + "/hearing-response", "{\"respondedOn\":\"2024-06-12\"}"));
        assertEquals("DECIDED", decide(DECIDER, id, "2024-06-14").getString("state"));
    }

    @Test
    void guidanceNeedsNoHearing() {
        JsonObject guidance = draftNew(municipality("Joensuu"), "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"");
        long id = guidance.getInt("id");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        JsonObject decided = ok(DECIDER.post("/measures/" + id + "/decide", "{}"));
        assertEquals("DECIDED", decided.getString("state"));
        JsonObject served = serve(id, "IN_PERSON", decided.getString("decidedOn"));
        assertEquals("NO_APPEAL", served.getString("appealKind"));
        assertFalse(served.containsKey("appealPeriodEnds"), "no appeal period");
        assertEquals(served.getString("servedOn"), served.getString("finalOn"));
    }

    @Test
    void presenterCannotDecideAndOnlyADecisionMakerDecides() {
        JsonObject remark = draftNew(municipality("Joensuu"), "REMARK",
                "\"addressee\":\"OFFICIAL\",\"officialName\":\"Palvelupäällikkö Testi\"");
        long id = remark.getInt("id");
        hearing(id, "2024-06-03", "2024-06-17", "2024-06-10");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));

        Api.Reply self = INSPECTOR.post("/measures/" + id + "/decide", "{}");
        assertEquals(403, self.status(), self.toString());
        assertEquals("presenter-cannot-decide", problemCode(self));

        Api.Reply colleague = INSPECTOR2.post("/measures/" + id + "/decide", "{}");
        assertEquals(422, colleague.status(), colleague.toString());
        assertEquals("measure.decider-not-decision-maker", problemCode(colleague));

        assertEquals(403, AUDITOR.post("/measures/" + id + "/decide", "{}").status());
        assertEquals(403, AUDITOR.post("/measures", "{\"entityId\":1,\"type\":\"GUIDANCE\"}").status());
        assertEquals(403, DECIDER.post("/measures/" + id + "/propose", null).status());

        JsonObject decided = ok(DECIDER.post("/measures/" + id + "/decide",
                "{\"decision\":\"Annetaan huomautus.\",\"dissent\":\"Esittelijä olisi antanut käsityksen.\"}"));
        assertEquals("ratkaisija", decided.getString("decider"));
        assertEquals("Annetaan huomautus.", decided.getString("decision"));
        assertEquals("Esittelijä olisi antanut käsityksen.", decided.getString("dissent"));
        assertEquals("DECIDED", ok(AUDITOR.get("/measures/" + id)).getString("state"), "the auditor reads");
    }

    @Test
    void decidedMeasureIsImmutableAndCorrectedByANewDecision() {
        JsonObject remark = draftNew(municipality("Joensuu"), "REMARK", "\"addressee\":\"ENTITY\"");
        long id = remark.getInt("id");
        hearing(id, "2024-06-03", "2024-06-17", null);
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        ok(DECIDER.post("/measures/" + id + "/decide", "{}"));

        Api.Reply again = DECIDER.post("/measures/" + id + "/decide", "{}");
        assertEquals(409, again.status(), again.toString());
        assertEquals("measure.decided-immutable", problemCode(again));
        Api.Reply hearing = INSPECTOR.post("/measures/" + id + "/hearing", "{\"deadline\":\"2099-01-01\"}");
        assertEquals(409, hearing.status(), hearing.toString());

        Api.Reply correction = INSPECTOR.post("/measures", """
                {"caseId":%d,"type":"REMARK","addressee":"ENTITY","corrects":%d,%s}"""
                .formatted(remark.getInt("caseId"), id, MeasureFixtures.texts()));
        assertEquals(201, correction.status(), correction.toString());
        assertEquals(id, correction.json().getInt("corrects"));
        assertEquals(remark.getString("caseNumber"), correction.json().getString("caseNumber"));
    }

    @Test
    void swedishMajorityMunicipalityGetsItsOrderInSwedish() throws Exception {
        long raasepori = municipality("Raasepori");
        JsonObject order = draftNew(raasepori, "ORDER", "\"deadline\":\"2024-10-31\"");
        long id = order.getInt("id");
        hearing(id, "2024-08-01", "2024-08-15", "2024-08-14");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        decide(DECIDER, id, "2024-09-02");
        serve(id, "ACKNOWLEDGEMENT", "2024-09-04");

        HttpResponse<byte[]> pdf = bytes("tarkastaja", "/measures/" + id + "/document");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String sv = text(pdf.body());
        for (String expected : new String[] {"Tillstånds- och tillsynsverket", "FÖRELÄGGANDE – BESLUT", "Raseborg",
                order.getString("caseNumber"), "Föredragande", "Beslutsfattare", "Besvärsanvisning",
                "förvaltningsdomstolen", "30 dagar", "besvärstiden går ut 4.10.2024", "Bristerna ska avhjälpas senast 31.10.2024"}) {
            assertTrue(sv.contains(expected), expected + " in:\n" + sv);
        }
        assertFalse(sv.contains("Valitusosoitus"), sv);

        // bilingual: the Finnish version may be asked for too
        String fi = text(bytes("tarkastaja", "/measures/" + id + "/document?lang=fi").body());
        assertTrue(fi.contains("MÄÄRÄYS – PÄÄTÖS") && fi.contains("Valitusosoitus") && fi.contains("hallinto-oikeuteen"), fi);
    }

    @Test
    void finnishMunicipalityGetsFinnishAndNoAppealForARemark() throws Exception {
        long joensuu = municipality("Joensuu");
        JsonObject remark = draftNew(joensuu, "REMARK", "\"addressee\":\"ENTITY\"");
        long id = remark.getInt("id");
        String fi = text(bytes("tarkastaja", "/measures/" + id + "/document").body());
        assertTrue(fi.contains("LUONNOS"), "an undecided measure is a draft: " + fi);
        hearing(id, "2024-06-03", "2024-06-17", "2024-06-05");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        ok(DECIDER.post("/measures/" + id + "/decide", "{}"));
        fi = text(bytes("tarkastaja", "/measures/" + id + "/document?lang=fi").body());
        for (String expected : new String[] {"Lupa- ja valvontavirasto", "HUOMAUTUS – PÄÄTÖS", "Joensuu", "Esittelijä",
                "Ratkaisija", "Muutoksenhaku", "ei saa hakea muutosta valittamalla", "808/2019 6 §"}) {
            assertTrue(fi.contains(expected), expected + " in:\n" + fi);
        }
        assertFalse(fi.contains("LUONNOS"), fi);
        assertFalse(fi.contains("Valitusosoitus"), fi);

        HttpResponse<byte[]> swedish = bytes("tarkastaja", "/measures/" + id + "/document?lang=sv");
        assertEquals(422, swedish.statusCode(), new String(swedish.body()));
        assertTrue(new String(swedish.body()).contains("measure.document-language-not-for-addressee"));
    }

    @Test
    void registerListsTheMeasuresOfAnEntity() {
        long entity = municipality("Mikkeli");
        JsonObject first = draftNew(entity, "GUIDANCE", "\"guidanceKind\":\"OPINION\"");
        JsonObject second = draftNew(entity, "REMARK", "\"addressee\":\"ENTITY\"");
        var register = INSPECTOR.get("/measures?entity=" + entity).array();
        assertTrue(register.stream().anyMatch(m -> m.asJsonObject().getInt("id") == first.getInt("id")));
        assertTrue(register.stream().anyMatch(m -> m.asJsonObject().getInt("id") == second.getInt("id")));
        assertTrue(register.stream().allMatch(m -> m.asJsonObject().getInt("entityId") == entity));
        assertFalse(first.getString("caseNumber").equals(second.getString("caseNumber")), "one case number per case");
        assertEquals(200, AUDITOR.get("/measures?entity=" + entity).status());
    }

    @Test
    void appealWithinThePeriodAndTheCourtOutcomeAreRecorded() {
        JsonObject order = draftNew(municipality("Joensuu"), "ORDER", "\"deadline\":\"2024-09-30\"");
        long id = order.getInt("id");
        hearing(id, "2024-06-03", "2024-06-17", "2024-06-10");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        decide(DECIDER, id, "2024-07-01");
        JsonObject served = serve(id, "VERIFIED_LETTER", "2024-07-03");
        assertEquals("2024-08-02", served.getString("appealPeriodEnds"));
        assertEquals("2024-08-03", served.getString("finalOn"));

        Api.Reply late = INSPECTOR.post("/measures/" + id + "/appeal", "{\"lodgedOn\":\"2024-08-05\"}");
        assertEquals(422, late.status(), late.toString());
        assertEquals("measure.appeal-out-of-time", problemCode(late));

        JsonObject appealed = ok(INSPECTOR.post("/measures/" + id + "/appeal", "{\"lodgedOn\":\"2024-08-01\"}"));
        assertEquals("2024-08-01", appealed.getString("appealLodgedOn"));
        assertFalse(appealed.containsKey("finalOn"), "not final while the appeal is pending");
        JsonObject ruled = ok(INSPECTOR.post("/measures/" + id + "/court-outcome",
                "{\"outcome\":\"UPHELD\",\"decidedOn\":\"2025-02-14\"}"));
        assertEquals("UPHELD", ruled.getString("courtOutcome"));
        assertEquals(409, INSPECTOR.post("/measures/" + id + "/court-outcome",
                "{\"outcome\":\"ANNULLED\",\"decidedOn\":\"2025-03-01\"}").status());
    }

    @Test
    void eachCallerIsOfferedTheActionsTheMeasureAllowsThem() {
        JsonObject remark = draftNew(municipality("Joensuu"), "REMARK", "\"addressee\":\"ENTITY\"");
        long id = remark.getInt("id");
        assertEquals(List.of("REVISE", "REQUEST_HEARING", "PROPOSE"), offered(remark));
        assertEquals(List.of(), offered(ok(DECIDER.get("/measures/" + id))), "nothing to decide in a draft");

        hearing(id, "2024-06-03", "2024-06-17", "2024-06-05");
        JsonObject proposed = ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        assertFalse(offered(proposed).contains("DECIDE"), "the presenter is not offered the decision");
        assertEquals(List.of("DECIDE"), offered(ok(DECIDER.get("/measures/" + id))));
        assertEquals(List.of(), offered(ok(AUDITOR.get("/measures/" + id))), "the auditor reads");
    }

    private static List<String> offered(JsonObject measure) {
        return measure.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder b = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                b.append(extractor.getTextFromPage(page)).append('\n');
            }
            return b.toString();
        } finally {
            reader.close();
        }
    }
}
