package fi.valvonta.it.planning;

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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static fi.valvonta.it.planning.Planning.id;
import static fi.valvonta.it.planning.Planning.newDraft;
import static fi.valvonta.it.planning.Planning.newModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan exported as CSV, and as PDF in Finnish and in Swedish. */
@ExtendWith(ArquillianExtension.class)
class PlanExportIT {

    private final Api inspector = Api.as("tarkastaja");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void csvHasEveryEntityWithItsDimensionScores() {
        JsonObject plan = newDraft(inspector, 2023, id(newModel(inspector, Map.of())), 300);
        Api.Reply csv = inspector.get("/plans/" + id(plan) + "/export.csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\n");
        assertEquals("rank;entityId;name;band;totalRisk;DATA_PROTECTION;EQUAL_TREATMENT;LANGUAGE_RIGHTS;inspectionType;reason;daysUsed;riskCovered",
                lines[0]);
        assertEquals(1 + 118, lines.length);
        assertTrue(lines[1].startsWith("1;"), lines[1]);
        assertEquals(12, lines[1].split(";", -1).length);
    }

    @Test
    void pdfIsInFinnishOrSwedish() throws Exception {
        JsonObject plan = newDraft(inspector, 2023, id(newModel(inspector, Map.of())), 300);
        String fi = pdfText(id(plan), "fi");
        String sv = pdfText(id(plan), "sv");
        assertTrue(fi.contains("Riskiperusteinen valvontasuunnitelma 2023/"), fi.substring(0, Math.min(300, fi.length())));
        assertTrue(fi.contains("Lupa- ja valvontavirasto"));
        assertTrue(sv.contains("Riskbaserad tillsynsplan 2023/"), sv.substring(0, Math.min(300, sv.length())));
        assertTrue(sv.contains("Tillstånds- och tillsynsverket"));
        assertTrue(sv.contains("Esbo"), "entity names in Swedish where they exist");
    }

    private static String pdfText(long planId, String lang) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/api/v1/plans/" + planId + "/export.pdf?lang=" + lang))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tarkastaja:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        PdfReader reader = new PdfReader(r.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
