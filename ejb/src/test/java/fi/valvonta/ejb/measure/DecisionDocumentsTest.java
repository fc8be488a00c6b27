package fi.valvonta.ejb.measure;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureAddressee;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureContent;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.ServiceMethod;
import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.Region;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text model of decision documents in Finnish and Swedish, and its PDF, without a server. */
class DecisionDocumentsTest {

    private static final Instant NOW = Instant.parse("2024-10-01T08:00:00Z");
    private static final AgencySettings AGENCY = AgencySettings.defaults();
    private static final DecisionSettings SETTINGS = DecisionSettings.defaults();

    private static final Region UUSIMAA = new Region("01", "Uusimaa", "Nyland", AdministrativeCourt.HELSINKI);
    private final Municipality raasepori = Municipality.pilotMunicipality("710", "Raasepori", "Raseborg",
            new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.SV, false),
            new PilotArea(18L, "Raaseporin ja Hangon kuntakokeilu"), UUSIMAA);

    private Measure served(MeasureType type, MeasureContent content) {
        return served(raasepori, 2024, type, content);
    }

    /** Drafted, heard when the type needs it (HL 34 §), presented, decided on 2.9. and served in {@code year}. */
    private static Measure served(SupervisedEntity entity, int year, MeasureType type, MeasureContent content) {
        MeasureCase c = new MeasureCase("LVV/7/" + year, entity, "Språkliga rättigheter", MeasureOrigin.COMPLAINT,
                12L, null, "LSSAVI/812/" + year, null, "tarkastaja", LocalDate.of(year, 8, 1), NOW);
        Measure m = Measure.draft(c, type, content, null, "tarkastaja", NOW);
        if (type.requiresHearing()) {
            m.requestHearing(LocalDate.of(year, 8, 5), LocalDate.of(year, 8, 19), LocalDate.of(year, 8, 5));
        }
        m.propose("tarkastaja", LocalDate.of(year, 9, 1), NOW);
        m.decide("ratkaisija", Set.of(Role.DECISION_MAKER), LocalDate.of(year, 9, 2), LocalDate.of(year, 9, 2), NOW,
                null, "Föredraganden hade föreslagit en anmärkning.");
        m.serve(ServiceMethod.ACKNOWLEDGEMENT, LocalDate.of(year, 9, 4), LocalDate.of(year, 9, 4), 14);
        return m;
    }

    private static MeasureContent order() {
        return new MeasureContent("Tjänster har inte erbjudits på svenska.", "Språklag 423/2003 23 §",
                "Parten har inte visat att tjänsterna ordnats.", "Kommunen ska ordna tjänsterna på svenska.",
                LocalDate.of(2024, 10, 31), null, null, null, null, null);
    }

    private static String name(String username) {
        return username == null ? "–" : "Namn " + username;
    }

    @Test
    void swedishOrderCarriesEverythingTheIssueLists() {
        String text = DecisionDocuments.compose(served(MeasureType.ORDER, order()), Language.SV, AGENCY, SETTINGS,
                DecisionDocumentsTest::name).plainText();
        for (String expected : new String[] {"Tillstånds- och tillsynsverket", "LVV/7/2024", "Datum 2.9.2024",
                "FÖRELÄGGANDE – BESLUT", "Part", "Raseborg", "Förvaltningsklagan LSSAVI/812/2024", "Utredning i ärendet",
                "Hörande av part", "Tillämpade bestämmelser", "(1269/2020)", "Motivering", "Avgörande",
                "Bristerna ska avhjälpas senast 31.10.2024", "Föredragande: Namn tarkastaja",
                "Beslutsfattare: Namn ratkaisija", "Föredragandens avvikande mening", "Besvärsanvisning",
                "förvaltningsdomstolen", "inom 30 dagar", "besvärstiden går ut 4.10.2024", "Delgivning"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("Valitusosoitus"));
    }

    @Test
    void swedishOrderCitesEveryStatuteInSwedish() {
        DecisionDocument doc = DecisionDocuments.compose(served(MeasureType.ORDER, order()), Language.SV, AGENCY, SETTINGS,
                DecisionDocumentsTest::name);
        String text = doc.plainText();
        for (String expected : new String[] {"förvaltningslagen 47 §", "lagen om rättegång i förvaltningsärenden 808/2019 13",
                "lagen om ett kommunförsök för främjande av sysselsättningen (1269/2020)", "förvaltningslagen 34 §",
                "förvaltningslagen 60 §"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        for (String finnish : new String[] {"hallintolaki", "laki oikeudenkäynnistä", "uhkasakkolaki", "kuntakokeilusta",
                "sähköisestä asioinnista"}) {
            assertFalse(text.contains(finnish), finnish + " in a Swedish document:\n" + text);
        }
    }

    @Test
    void appealInstructionsAreAnAttachmentNamingTheCompetentCourtAndTheServiceRule() {
        DecisionDocument sv = DecisionDocuments.compose(served(MeasureType.ORDER, order()), Language.SV, AGENCY, SETTINGS,
                DecisionDocumentsTest::name);
        String besvar = sv.attachmentText("BESVÄRSANVISNING");
        for (String expected : new String[] {"Helsingfors förvaltningsdomstol", "Banbyggarvägen 5, 00520 Helsingfors",
                "helsinki.hao@oikeus.fi", "inom 30 dagar", "mottagningsbevis", "den dag brevet kom fram",
                "13/2003 18 §", "Besvärets innehåll", "Bilagor till besväret", "Rättegångsavgift", "270,00 €",
                "besvärstiden går ut 4.10.2024"}) {
            assertTrue(besvar.contains(expected), expected + " in:\n" + besvar);
        }
        assertTrue(sv.plainText().contains("1. Besvärsanvisning"), "listed among the attachments");

        Municipality tampere = Municipality.pilotMunicipality("837", "Tampere", "Tammerfors", LanguageStatus.unilingualFinnish(),
                new PilotArea(14L, "Tampereen seudun kuntakokeilu"),
                new Region("06", "Pirkanmaa", "Birkaland", AdministrativeCourt.HAMEENLINNA));
        DecisionDocument fi = DecisionDocuments.compose(served(tampere, 2024, MeasureType.ORDER, order()), Language.FI,
                AGENCY, SETTINGS, DecisionDocumentsTest::name);
        String valitus = fi.attachmentText("VALITUSOSOITUS");
        for (String expected : new String[] {"Hämeenlinnan hallinto-oikeus", "hameenlinna.hao@oikeus.fi",
                "saantitodistukseen merkitty päivä", "kirjeen saapumispäivänä", "Oikeudenkäyntimaksu", "808/2019 15 §"}) {
            assertTrue(valitus.contains(expected), expected + " in:\n" + valitus);
        }
    }

    @Test
    void decisionNamesContactSignatureDistributionAndAttachments() {
        DecisionDocument fi = DecisionDocuments.compose(served(MeasureType.ORDER, order()), Language.FI, AGENCY, SETTINGS,
                DecisionDocumentsTest::name);
        String text = fi.plainText();
        for (String expected : new String[] {"Lisätietoja antaa", "Namn tarkastaja, ylitarkastaja, puh. 0295 016 000",
                "Ratkaisija: Namn ratkaisija, johtaja", "Esittelijä: Namn tarkastaja, ylitarkastaja",
                "allekirjoitettu sähköisesti (laki sähköisestä asioinnista viranomaistoiminnassa 13/2003 16 §)",
                "Esittelijä ja ratkaisija eivät ole asiassa esteellisiä (hallintolaki 28 §)",
                "Jakelu", "Liitteet", "1. Valitusosoitus", "PL 1, 00521 Helsinki", "kirjaamo@lvv.fi"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertTrue(fi.signature() != null && fi.signature().signer().equals("Namn ratkaisija"));
    }

    @Test
    void pdfNumbersItsPagesTheFinnishWayAndCarriesTheSignatureAsMetadata() throws Exception {
        DecisionDocument doc = DecisionDocuments.compose(served(MeasureType.ORDER, order()), Language.FI, AGENCY, SETTINGS,
                DecisionDocumentsTest::name);
        PdfReader reader = new PdfReader(DecisionDocuments.render(doc));
        int pages = reader.getNumberOfPages();
        assertTrue(pages >= 2, "the appeal instructions start a page of their own");
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        assertTrue(extractor.getTextFromPage(1).contains("1 (" + pages + ")"), extractor.getTextFromPage(1));
        String last = extractor.getTextFromPage(pages);
        assertTrue(last.contains(pages + " (" + pages + ")"), last);
        assertTrue(reader.getInfo().get("SignedBy").startsWith("Namn ratkaisija"), reader.getInfo().toString());
        reader.close();
    }

    @Test
    void finnishRemarkSaysNoAppealLies() {
        MeasureContent remark = new MeasureContent("f", "HL 53 c §", "r", "Annetaan huomautus.", null, null,
                MeasureAddressee.OFFICIAL, "Palvelupäällikkö Virtanen", null, null);
        String text = DecisionDocuments.compose(served(MeasureType.REMARK, remark), Language.FI, AGENCY, SETTINGS,
                DecisionDocumentsTest::name).plainText();
        for (String expected : new String[] {"Lupa- ja valvontavirasto", "HUOMAUTUS – PÄÄTÖS", "Raasepori",
                "viranhaltijalle Palvelupäällikkö Virtanen", "Muutoksenhaku", "ei saa hakea muutosta valittamalla",
                "808/2019 6 §"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("Valitusosoitus") || text.contains("hallinto-oikeuteen"), text);
    }

    @Test
    void conditionalFineSetWithAnOrderIsStatedInEuros() {
        // a fine is set with an order under laki 380/2023 (uhkasakkolaki 1113/1990), not under the pilot law
        Municipality hanko = Municipality.pilotMunicipality("078", "Hanko", "Hangö", LanguageStatus.parse("fi;sv", "fi", false),
                new PilotArea(18L, "Raaseporin ja Hangon kuntakokeilu"), UUSIMAA);
        EmploymentArea area = EmploymentArea.establish("Länsi-Uusimaa", "Västra Nyland",
                EmploymentAreaModel.SINGLE_MUNICIPALITY, null, List.of(hanko));
        MeasureContent withFine = new MeasureContent("f", "l", "r", "d", LocalDate.of(2025, 10, 31), null, null, null,
                null, new BigDecimal("5000"));
        String text = DecisionDocuments.compose(served(area, 2025, MeasureType.ORDER, withFine), Language.FI, AGENCY, SETTINGS,
                DecisionDocumentsTest::name).plainText();
        assertTrue(text.contains("uhkasakko 5 000,00 €"), text);
    }

    @Test
    void pdfHoldsTheTextInItsLanguage() throws Exception {
        DecisionDocument doc = DecisionDocuments.compose(served(MeasureType.ORDER, order()), Language.SV, AGENCY, SETTINGS,
                DecisionDocumentsTest::name);
        byte[] pdf = DecisionDocuments.render(doc);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("FÖRELÄGGANDE – BESLUT") && text.contains("Besvärsanvisning"), text);
    }
}
