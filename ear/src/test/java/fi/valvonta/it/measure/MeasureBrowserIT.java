package fi.valvonta.it.measure;

import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.SuomiFiStub;
import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static fi.valvonta.it.measure.MeasureFixtures.ADMIN;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.employmentArea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An inspector drafts an order to an employment area, hears the party and presents it; the decision
 * maker decides it; the inspector serves it — all in the browser. An administrator records a municipality's
 * business ID, and an inspector sends a decision to it through Suomi.fi Messages.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureBrowserIT {

    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void inspectorDraftsAndPresentsDecisionMakerIssuesTheOrder() throws Exception {
        long areaId = employmentArea("Ylivieska-Kalajoki-Nivala");
        String areaName = ADMIN.get("/employment-areas/" + areaId).json().getString("nameFi");
        LocalDate today = TestClock.today();

        try (Browser browser = new Browser()) {
            browser.open("/measures/draft.xhtml");
            browser.waiting().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.urlContains("/measures/draft.xhtml"));

            browser.selectOne("draftForm:entityId", areaName);
            type(browser, "draftForm:subject", "Palvelutarpeen arvioinnin viiveet");
            type(browser, "draftForm:facts", "Arvioinnit ovat viivästyneet kuukausia.");
            type(browser, "draftForm:legalBasis", "Laki 380/2023");
            type(browser, "draftForm:reasoning", "Viiveet vaarantavat asiakkaiden oikeudet.");
            type(browser, "draftForm:decision", "Arvioinnit on saatettava ajan tasalle.");
            typeDate(browser, "draftForm:deadline", today.plusDays(60));
            browser.screenshot("measure-draft");
            browser.driver().findElement(By.id("draftForm:save")).click();

            browser.awaitUrlContaining("/measures/measure.xhtml");
            waitForState(browser, "Luonnos");
            long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            // HL 34 §: the hearing, with the party's response recorded
            typeDate(browser, "actionForm:hearingRequestedOn", today.minusDays(30));
            // two weeks back: even a deadline moved off a holiday weekend (laki 150/1930 5 §) has passed
            typeDate(browser, "actionForm:hearingDeadline", today.minusDays(14));
            browser.driver().findElement(By.id("actionForm:requestHearing")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("hearing"), "→"));
            browser.driver().findElement(By.id("actionForm:propose")).click();
            waitForState(browser, "Esitelty");
            browser.screenshot("measure-proposed");

            browser.driver().findElement(By.id("nav:logout")).click();
            browser.waiting().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.login("ratkaisija", "demo");
            browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.open("/measures/measure.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("actionForm:decide"))).click();
            waitForState(browser, "Päätetty");
            // the decider by name (DemoData), not by user id
            assertTrue(browser.driver().findElement(By.id("decider")).getText().contains("Ratkaisija Riitta"));
            browser.screenshot("measure-decided");

            browser.driver().findElement(By.id("nav:logout")).click();
            browser.waiting().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.open("/measures/measure.xhtml?id=" + id);
            typeDate(browser, "actionForm:date", today);
            browser.driver().findElement(By.id("actionForm:serve")).click();
            waitForState(browser, "Annettu tiedoksi");
            assertTrue(browser.driver().findElement(By.id("docs")).getText().contains("Päätösasiakirja (fi)"));
            browser.screenshot("measure-served");
            String caseNumber = browser.driver().findElement(By.tagName("h1")).getText().replaceAll(".* ", "");

            // the register of the entity: the ladder of 380/2023 (fine, no suspension) and the order in it
            browser.open("/measures/index.xhtml");
            browser.selectOne("register:entity", areaName);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("register:measures"), caseNumber));
            String ladder = browser.driver().findElement(By.id("register:ladder")).getText();
            assertTrue(ladder.contains("Uhkasakon tuomitseminen") && !ladder.contains("keskeyttäminen"), ladder);
            assertTrue(browser.driver().findElement(By.id("register:measures")).getText().contains("Annettu tiedoksi"));
            browser.screenshot("measure-register");
        }

        JsonObject served = INSPECTOR.get("/measures/" + idOfLatest(areaId)).json();
        assertEquals("SERVED", served.getString("state"));
        assertEquals("ORDER", served.getString("type"));
        assertEquals("tarkastaja", served.getString("presenter"));
        assertEquals("ratkaisija", served.getString("decider"));
        assertEquals(today.plusDays(60).toString(), served.getString("deadline"));
    }

    @Test
    void anAdministratorRecordsTheBusinessIdAndAnInspectorSendsTheDecisionToSuomiFi() throws Exception {
        long porvoo = MeasureFixtures.municipality("Porvoo");
        long id = MeasureFixtures.draftNew(porvoo, "GUIDANCE", "\"guidanceKind\":\"OPINION\"").getInt("id");
        MeasureFixtures.ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        MeasureFixtures.decide(MeasureFixtures.DECIDER, id, "2024-09-02");
        var stub = SuomiFiStub.get().server();
        stub.stubFor(WireMock.post("/v2/attachments").willReturn(WireMock.okJson("{\"attachmentId\":\"b-1\"}")));
        stub.stubFor(WireMock.post("/v2/messages").willReturn(WireMock.okJson("{\"messageId\":910001}")));
        try (Browser browser = new Browser()) {
            browser.login("admin", "demo");
            browser.open("/registry/municipality.xhtml?id=" + porvoo);
            type(browser, "serviceDetails:businessId", "1234567-8");
            type(browser, "serviceDetails:streetAddress", "Raatihuoneenkatu 5");
            type(browser, "serviceDetails:postalCode", "06100");
            type(browser, "serviceDetails:postOffice", "Porvoo");
            browser.driver().findElement(By.id("serviceDetails:saveServiceDetails")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "tarkistusnumero"));
            type(browser, "serviceDetails:businessId", "1234567-1");
            browser.driver().findElement(By.id("serviceDetails:saveServiceDetails")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("businessIdShown"), "1234567-1"));
            browser.screenshot("municipality-service-details");

            browser.logout();
            browser.login("tarkastaja", "demo");
            browser.open("/measures/measure.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("actionForm:sendElectronically"))).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries"), "lähetetty"));
            assertTrue(browser.driver().findElement(By.id("deliveries")).getText().contains("1234567-1"));
            assertTrue(browser.driver().findElements(By.id("actionForm:sendElectronically")).isEmpty(), "sent once");
            browser.screenshot("measure-sent-electronically");
        } finally {
            SuomiFiStub.get().reset();
        }
        assertEquals("SENT", INSPECTOR.get("/measures/" + id + "/deliveries").array().getJsonObject(0).getString("state"));
    }

    private static long idOfLatest(long entityId) {
        return INSPECTOR.get("/measures?entity=" + entityId).array().getJsonObject(0).getInt("id");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Types a date into a date picker of the measure page and closes its calendar. */
    private static void typeDate(Browser browser, String id, LocalDate date) {
        browser.typeDate(id, D.format(date));
    }

    private static void waitForState(Browser browser, String label) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), label));
    }
}
