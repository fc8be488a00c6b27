package fi.valvonta.it.measure;

import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
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
import java.time.format.DateTimeFormatter;

import static fi.valvonta.it.measure.MeasureFixtures.ADMIN;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.employmentArea;
import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An order to an employment area from draft to service, entirely in the browser and in English: the
 * inspector drafts it, hears the party (HL 34 §) and records the response, presents it; the decision
 * maker decides it; the inspector records its service. The page shows each state in the English of the
 * bundle; at the end the API shows the order served.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureFlowEnglishBrowserIT {

    private static final String EN = "en";
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void orderFromDraftToServiceInEnglish() throws Exception {
        long areaId = employmentArea("TyöLakeus");
        String areaName = ADMIN.get("/employment-areas/" + areaId).json().getString("nameFi");
        LocalDate today = TestClock.today();
        long id;

        try (Browser browser = new Browser()) {
            signIn(browser, "tarkastaja", "/measures/draft.xhtml");
            assertEquals(text(EN, "measure.draft.title"), browser.driver().findElement(By.tagName("h1")).getText());
            browser.selectOne("draftForm:entityId", areaName);
            type(browser, "draftForm:subject", "Delays in assessing service needs");
            type(browser, "draftForm:facts", "Assessments have been delayed by months.");
            type(browser, "draftForm:legalBasis", "Act 380/2023");
            type(browser, "draftForm:reasoning", "The delays endanger the clients' rights.");
            type(browser, "draftForm:decision", "The assessments must be brought up to date.");
            browser.typeDate("draftForm:deadline", D.format(today.plusDays(60)));
            browser.driver().findElement(By.id("draftForm:save")).click();
            browser.awaitUrlContaining("/measures/measure.xhtml?id=");
            id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            waitForState(browser, "DRAFT");
            assertTrue(browser.driver().findElement(By.id("hearing")).getText().contains(text(EN, "measure.hearing.none")),
                    "an order needs a hearing before the decision");

            // HL 34 §: the hearing requested, its deadline passed, the party's response recorded
            browser.typeDate("actionForm:hearingRequestedOn", D.format(today.minusDays(30)));
            browser.typeDate("actionForm:hearingDeadline", D.format(today.minusDays(14)));
            browser.driver().findElement(By.id("actionForm:requestHearing")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("hearing"), "→"));
            browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:hearingRespondedOn_input")));
            browser.typeDate("actionForm:hearingRespondedOn", D.format(today.minusDays(20)));
            browser.driver().findElement(By.id("actionForm:recordResponse")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("hearing"), text(EN, "measure.hearing.respondedOn")));
            waitForState(browser, "DRAFT");

            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("actionForm:propose"))).click();
            waitForState(browser, "PROPOSED");
            assertTrue(browser.driver().findElements(By.id("actionForm:decide")).isEmpty(), "the presenter is not offered decide");
            browser.logout();

            // another user decides
            signIn(browser, "ratkaisija", "/measures/measure.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("actionForm:decide"))).click();
            waitForState(browser, "DECIDED");
            assertTrue(browser.driver().findElement(By.id("decider")).getText().contains("Ratkaisija Riitta"));
            browser.logout();

            // the inspector records the service
            signIn(browser, "tarkastaja", "/measures/measure.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:date_input")));
            browser.typeDate("actionForm:date", D.format(today));
            // an order obliges: an ordinary letter is refused on the method, with the rule (HL 60 §, 13/2003 18 §)
            browser.selectOne("actionForm:method", text(EN, "serviceMethod.ORDINARY_LETTER"));
            browser.driver().findElement(By.id("actionForm:serve")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("actionForm"),
                    text(EN, "error.measure.verified-service-required")));
            waitForState(browser, "DECIDED");
            browser.selectOne("actionForm:method", text(EN, "serviceMethod.VERIFIED_ELECTRONIC"));
            browser.driver().findElement(By.id("actionForm:serve")).click();
            waitForState(browser, "SERVED");
            String service = browser.driver().findElement(By.id("service")).getText();
            assertTrue(service.contains(text(EN, "measure.appealPeriodEnds")), service);
            assertTrue(service.contains(D.format(today)) && !service.contains(today.toString()), "dates in English: " + service);
            browser.screenshot("measure-en-served");
        }

        JsonObject served = INSPECTOR.get("/measures/" + id).json();
        assertEquals("SERVED", served.getString("state"));
        assertEquals("ORDER", served.getString("type"));
        assertEquals(areaId, served.getJsonNumber("entityId").longValue());
        assertEquals("tarkastaja", served.getString("presenter"));
        assertEquals("ratkaisija", served.getString("decider"));
        assertEquals(today.minusDays(20).toString(), served.getString("hearingRespondedOn"));
        assertEquals("VERIFIED_ELECTRONIC", served.getString("serviceMethod"));
        assertEquals(today.toString(), served.getString("servedOn"));
        assertEquals(today.toString(), served.getString("sentOrReceivedOn"));
        assertEquals(today.plusDays(60).toString(), served.getString("deadline"));
    }

    /** Opens a page, is sent to the login page, switches it to English, signs in and lands on the page. */
    private static void signIn(Browser browser, String user, String path) {
        browser.open(path);
        browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.switchLanguage(EN);
        browser.login(user, "demo");
        browser.waiting().until(ExpectedConditions.urlContains(path));
        assertEquals(EN, browser.driver().findElement(By.tagName("html")).getAttribute("lang"), "the session keeps English");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Waits for the state to be shown in English (and not in Finnish). */
    private static void waitForState(Browser browser, String state) {
        String english = text(EN, "measureState." + state);
        assertNotEquals(text("fi", "measureState." + state), english, "the bundle has an English text of " + state);
        browser.waiting().until(ExpectedConditions.textToBe(By.id("state"), english));
    }
}
