package fi.valvonta.it.measure;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static fi.valvonta.it.measure.MeasureFixtures.DECIDER;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.bytes;
import static fi.valvonta.it.measure.MeasureFixtures.decide;
import static fi.valvonta.it.measure.MeasureFixtures.draftNew;
import static fi.valvonta.it.measure.MeasureFixtures.draftOnCase;
import static fi.valvonta.it.measure.MeasureFixtures.hearing;
import static fi.valvonta.it.measure.MeasureFixtures.municipality;
import static fi.valvonta.it.measure.MeasureFixtures.employmentArea;
import static fi.valvonta.it.measure.MeasureFixtures.ok;
import static fi.valvonta.it.measure.MeasureFixtures.problemCode;
import static fi.valvonta.it.measure.MeasureFixtures.serve;
import static fi.valvonta.it.measure.MeasureFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of law on measures through the API, on real past dates: appeal instructions naming the
 * competent court in the document's language, verified service of obligating decisions, a reasonable
 * time to comply, imposing a conditional fine only once the order is final, rebutted service dates,
 * the courts' outcomes and finality, and the hearing before a remark.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureLegalIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    /** An order on the entity, heard, proposed and decided on 2.9.2024, to be complied with by {@code deadline}. */
    private static long decidedOrder(long entity, String deadline) {
        long id = draftNew(entity, "ORDER", "\"deadline\":\"" + deadline + "\"").getInt("id");
        hearing(id, "2024-08-01", "2024-08-15", "2024-08-14");
        ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        decide(DECIDER, id, "2024-09-02");
        return id;
    }

    @Test
    void orderToRaaseporiCarriesSwedishAppealInstructionsNamingHelsingforsForvaltningsdomstol() throws Exception {
        long id = decidedOrder(municipality("Raasepori"), "2024-10-31");
        serve(id, "VERIFIED_LETTER", "2024-09-04");

        String sv = text(bytes("tarkastaja", "/measures/" + id + "/document"));
        for (String expected : new String[] {"BESVÄRSANVISNING", "Helsingfors förvaltningsdomstol",
                "helsinki.hao@oikeus.fi", "inom 30 dagar", "mottagningsbevis", "förvaltningslagen 47 §",
                "lagen om rättegång i förvaltningsärenden 808/2019", "Rättegångsavgift", "Besvärets innehåll",
                "Sändlista", "Bilagor", "Närmare upplysningar ges av", "undertecknats elektroniskt", "1 ("}) {
            assertTrue(sv.contains(expected), expected + " in:\n" + sv);
        }
        for (String finnish : new String[] {"hallintolaki", "laki oikeudenkäynnistä", "VALITUSOSOITUS"}) {
            assertFalse(sv.contains(finnish), finnish + " in the Swedish decision:\n" + sv);
        }
    }

    @Test
    void orderToTampereCarriesFinnishAppealInstructionsNamingHameenlinnanHallintoOikeus() throws Exception {
        long id = decidedOrder(municipality("Tampere"), "2024-10-31");
        serve(id, "VERIFIED_ELECTRONIC", "2024-09-05");

        String fi = text(bytes("tarkastaja", "/measures/" + id + "/document"));
        for (String expected : new String[] {"VALITUSOSOITUS", "Hämeenlinnan hallinto-oikeus", "hameenlinna.hao@oikeus.fi",
                "30 päivän kuluessa", "saantitodistukseen merkitty päivä", "kirjeen saapumispäivänä",
                "Oikeudenkäyntimaksu", "valitusaika päättyy 7.10.2024", "Jakelu", "Lisätietoja antaa"}) {
            assertTrue(fi.contains(expected), expected + " in:\n" + fi);
        }
        assertFalse(fi.contains("Helsingin hallinto-oikeus"), fi);
    }

    @Test
    void orderServedByOrdinaryLetterIsRefusedWithTheRuleNamed() {
        long id = decidedOrder(municipality("Tampere"), "2024-10-31");
        Api.Reply letter = INSPECTOR.post("/measures/" + id + "/serve", "{\"method\":\"ORDINARY_LETTER\",\"date\":\"2024-09-04\"}");
        assertEquals(422, letter.status(), letter.toString());
        assertEquals("measure.verified-service-required", problemCode(letter));
        assertEquals("method", letter.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(letter.body().contains("hallintolaki 60 §"), letter.body());
        assertEquals("DECIDED", ok(INSPECTOR.get("/measures/" + id)).getString("state"), "a refusal writes nothing");
    }

    @Test
    void orderWhoseDeadlineLeavesNoReasonableTimeIsNotServed() {
        long id = decidedOrder(municipality("Tampere"), "2024-09-13");
        Api.Reply close = INSPECTOR.post("/measures/" + id + "/serve", "{\"method\":\"VERIFIED_LETTER\",\"date\":\"2024-09-04\"}");
        assertEquals(422, close.status(), close.toString());
        assertEquals("measure.order-deadline-too-close", problemCode(close));
        Api.Reply passed = INSPECTOR.post("/measures/" + id + "/serve", "{\"method\":\"VERIFIED_LETTER\",\"date\":\"2024-09-16\"}");
        assertEquals("measure.order-deadline-passed", problemCode(passed));
    }

    @Test
    void fineIsNotImposedBeforeTheOrderSettingItIsFinalNorAboveTheAmountSet() throws Exception {
        long area = employmentArea("Salo");
        JsonObject order = draftNew(area, "ORDER", "\"deadline\":\"2025-05-30\",\"conditionalFine\":5000");
        long orderId = order.getInt("id");
        long caseId = order.getInt("caseId");
        hearing(orderId, "2025-03-03", "2025-03-17", "2025-03-12");
        ok(INSPECTOR.post("/measures/" + orderId + "/propose", null));
        decide(DECIDER, orderId, "2025-04-01");
        serve(orderId, "VERIFIED_LETTER", "2025-04-02");
        // the area's members all lie in Varsinais-Suomi: the registry names Turku's court in the appeal instructions
        String document = text(bytes("tarkastaja", "/measures/" + orderId + "/document"));
        assertTrue(document.contains("Turun hallinto-oikeus"), document);
        JsonObject appealed = ok(INSPECTOR.post("/measures/" + orderId + "/appeal", "{\"lodgedOn\":\"2025-04-20\"}"));
        assertFalse(appealed.containsKey("finalOn"), "not final while the appeal is pending");
        ok(INSPECTOR.post("/measures/" + orderId + "/comply", "{\"complied\":false,\"evidence\":\"Ei korjattu.\"}"));

        // uhkasakkolaki 10 §: the order setting the fine is not final
        Api.Reply early = draftOnCase(caseId, "CONDITIONAL_FINE", "\"conditionalFine\":5000");
        assertEquals(422, early.status(), early.toString());
        assertEquals("measure.conditional-fine-setting-not-final", problemCode(early));

        // the court upholds the order; received 4.8.2025, no further appeal: final on 4.9.2025
        JsonObject upheld = ok(INSPECTOR.post("/measures/" + orderId + "/court-outcome",
                "{\"outcome\":\"UPHELD\",\"decidedOn\":\"2025-08-01\",\"servedOn\":\"2025-08-04\"}"));
        assertEquals("2025-09-04", upheld.getString("finalOn"));

        Api.Reply tooMuch = draftOnCase(caseId, "CONDITIONAL_FINE", "\"conditionalFine\":6000");
        assertEquals(201, tooMuch.status(), tooMuch.toString());
        long tooMuchId = tooMuch.json().getInt("id");
        hearing(tooMuchId, "2025-09-08", "2025-09-22", null);
        ok(INSPECTOR.post("/measures/" + tooMuchId + "/propose", null));
        Api.Reply above = DECIDER.post("/measures/" + tooMuchId + "/decide", "{\"decidedOn\":\"2025-09-29\"}");
        assertEquals(422, above.status(), above.toString());
        assertEquals("measure.conditional-fine-above-amount-set", problemCode(above));

        Api.Reply fine = draftOnCase(caseId, "CONDITIONAL_FINE", "\"conditionalFine\":5000");
        long fineId = fine.json().getInt("id");
        hearing(fineId, "2025-09-08", "2025-09-22", null);
        ok(INSPECTOR.post("/measures/" + fineId + "/propose", null));
        decide(DECIDER, fineId, "2025-09-29");
        serve(fineId, "VERIFIED_LETTER", "2025-10-01");
        JsonObject listed = INSPECTOR.get("/measures/imposed-fines").array().stream().map(v -> v.asJsonObject())
                .filter(f -> f.getInt("measureId") == fineId).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("readyForEnforcement"), listed.toString());
        assertEquals(5000, listed.getJsonNumber("amount").intValue());
        assertTrue(INSPECTOR.get("/measures/imposed-fines").array().stream()
                .noneMatch(v -> v.asJsonObject().getInt("measureId") == tooMuchId), "an undecided fine is not imposed");
    }

    @Test
    void municipalityThatWasNoPilotIsNotSupervisedItself() {
        // Puolanka was not in a pilot: from 2025 its employment area answers for it, never the municipality itself
        Api.Reply refused = INSPECTOR.post("/measures", """
                {"entityId":%d,"subject":"IT ei valvottava","origin":"OWN_INITIATIVE","type":"GUIDANCE",
                "guidanceKind":"OPINION",%s}""".formatted(municipality("Puolanka"), texts()));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("registry.entity-not-supervised", problemCode(refused));
        assertEquals("entityId", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void orderToBeCompliedWithNotwithstandingAppealNeedsAReasonAndIsEnforceableFromService() {
        long area = employmentArea("Salo");
        Api.Reply noReason = INSPECTOR.post("/measures", """
                {"entityId":%d,"subject":"IT täytäntöönpano","type":"ORDER","deadline":"2025-05-30",\
                "notwithstandingAppeal":true}""".formatted(area));
        assertEquals(422, noReason.status(), noReason.toString());
        assertEquals("measure.notwithstanding-appeal-reason-missing", problemCode(noReason));

        JsonObject order = draftNew(area, "ORDER", "\"deadline\":\"2025-05-30\",\"conditionalFine\":2000,"
                + "\"notwithstandingAppeal\":true,\"notwithstandingAppealReason\":\"Asiakkaiden oikeudet vaarantuvat.\"");
        long orderId = order.getInt("id");
        hearing(orderId, "2025-03-03", "2025-03-17", "2025-03-12");
        ok(INSPECTOR.post("/measures/" + orderId + "/propose", null));
        decide(DECIDER, orderId, "2025-04-01");
        JsonObject served = serve(orderId, "VERIFIED_LETTER", "2025-04-02");
        assertEquals("2025-04-02", served.getString("enforceableFrom"));
        ok(INSPECTOR.post("/measures/" + orderId + "/appeal", "{\"lodgedOn\":\"2025-04-20\"}"));
        ok(INSPECTOR.post("/measures/" + orderId + "/comply", "{\"complied\":false,\"evidence\":\"Ei korjattu.\"}"));
        // 10 §: ordered to be complied with notwithstanding appeal, so the fine may be imposed while the appeal is pending
        Api.Reply fine = draftOnCase(order.getInt("caseId"), "CONDITIONAL_FINE", "\"conditionalFine\":2000");
        assertEquals(201, fine.status(), fine.toString());
    }

    @Test
    void presumedServiceDateIsRebuttedAndAnAuthorityReceivesALetterOnArrival() {
        long joensuu = municipality("Joensuu");
        JsonObject guidance = draftNew(joensuu, "GUIDANCE", "\"guidanceKind\":\"OPINION\"");
        long gid = guidance.getInt("id");
        ok(INSPECTOR.post("/measures/" + gid + "/propose", null));
        decide(DECIDER, gid, "2024-10-01");
        // HL 59 § 2 mom: the municipality is deemed to receive an ordinary letter on the day it arrives
        JsonObject letter = serve(gid, "ORDINARY_LETTER", "2024-10-03");
        assertEquals("2024-10-03", letter.getString("servedOn"));
        assertFalse(letter.getBoolean("serviceDatePresumed"));

        JsonObject remark = draftNew(joensuu, "REMARK", "\"addressee\":\"OFFICIAL\",\"officialName\":\"Palvelupäällikkö Testi\"");
        long rid = remark.getInt("id");
        hearing(rid, "2024-09-02", "2024-09-16", "2024-09-10");
        ok(INSPECTOR.post("/measures/" + rid + "/propose", null));
        decide(DECIDER, rid, "2024-10-01");
        // an official is a person: an ordinary e-mail is deemed received on the 3rd day, unless shown otherwise
        JsonObject presumed = serve(rid, "ELECTRONIC", "2024-10-02");
        assertEquals("2024-10-05", presumed.getString("servedOn"));
        assertTrue(presumed.getJsonArray("allowedActions").toString().contains("REBUT_SERVICE_DATE"));
        JsonObject rebutted = ok(INSPECTOR.post("/measures/" + rid + "/service-date", "{\"receivedOn\":\"2024-10-09\"}"));
        assertEquals("2024-10-09", rebutted.getString("servedOn"));
        assertEquals("2024-10-09", rebutted.getString("receiptShownOn"));
        assertEquals("2024-10-09", rebutted.getString("finalOn"));
        Api.Reply early = INSPECTOR.post("/measures/" + rid + "/service-date", "{\"receivedOn\":\"2024-10-01\"}");
        assertEquals("measure.received-before-sent", problemCode(early));
    }

    @Test
    void courtOutcomesDecideFinalityAndAFurtherAppealIsRecorded() {
        long tampere = municipality("Tampere");
        long inadmissible = decidedOrder(tampere, "2024-12-31");
        serve(inadmissible, "VERIFIED_LETTER", "2024-09-04");
        ok(INSPECTOR.post("/measures/" + inadmissible + "/appeal", "{\"lodgedOn\":\"2024-09-30\"}"));
        JsonObject dismissed = ok(INSPECTOR.post("/measures/" + inadmissible + "/court-outcome",
                "{\"outcome\":\"INADMISSIBLE\",\"decidedOn\":\"2025-03-03\",\"servedOn\":\"2025-03-05\"}"));
        assertEquals("INADMISSIBLE", dismissed.getString("courtOutcome"));
        assertEquals("2025-04-05", dismissed.getString("finalOn"));
        JsonObject leave = ok(INSPECTOR.post("/measures/" + inadmissible + "/further-appeal", "{\"lodgedOn\":\"2025-04-01\"}"));
        assertFalse(leave.containsKey("finalOn"), "not final while leave to appeal is pending");
        JsonObject refused = ok(INSPECTOR.post("/measures/" + inadmissible + "/supreme-court-decision",
                "{\"leaveGranted\":false,\"decidedOn\":\"2025-09-01\"}"));
        assertEquals("2025-09-01", refused.getString("finalOn"));
        assertFalse(refused.getBoolean("setAside"));

        long annulled = decidedOrder(tampere, "2024-12-31");
        serve(annulled, "VERIFIED_LETTER", "2024-09-04");
        ok(INSPECTOR.post("/measures/" + annulled + "/appeal", "{\"lodgedOn\":\"2024-09-30\"}"));
        JsonObject set = ok(INSPECTOR.post("/measures/" + annulled + "/court-outcome",
                "{\"outcome\":\"ANNULLED\",\"decidedOn\":\"2025-03-03\"}"));
        assertTrue(set.getBoolean("setAside"));
        assertFalse(set.containsKey("finalOn"));
        assertFalse(set.containsKey("enforceableFrom"));
        Api.Reply late = INSPECTOR.post("/measures/" + annulled + "/further-appeal", "{\"lodgedOn\":\"2025-04-10\"}");
        assertEquals(422, late.status(), late.toString());
        assertEquals("measure.further-appeal-out-of-time", problemCode(late));
    }

    @Test
    void remarkIsNotProposedBeforeTheOneItConcernsWasHeard() {
        JsonObject remark = draftNew(municipality("Tampere"), "REMARK", "\"addressee\":\"ENTITY\"");
        long id = remark.getInt("id");
        Api.Reply unheard = INSPECTOR.post("/measures/" + id + "/propose", null);
        assertEquals(422, unheard.status(), unheard.toString());
        assertEquals("measure.hearing-required", problemCode(unheard));
        hearing(id, "2024-09-02", "2024-09-16", null);
        assertEquals("PROPOSED", ok(INSPECTOR.post("/measures/" + id + "/propose", null)).getString("state"));
    }

    /** The text of all pages of the PDF, whitespace collapsed. */
    private static String text(HttpResponse<byte[]> pdf) throws Exception {
        assertEquals(200, pdf.statusCode(), new String(pdf.body()));
        PdfReader reader = new PdfReader(pdf.body());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder b = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                b.append(extractor.getTextFromPage(page)).append('\n');
            }
            // the PDF wraps lines wherever the page ends: compare the words, not the line breaks
            return b.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
