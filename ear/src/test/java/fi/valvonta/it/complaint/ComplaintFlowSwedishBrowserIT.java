package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.EmploymentAreas;
import fi.valvonta.it.support.TestClock;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A complaint from registration to closing, entirely in the browser and in Swedish: the registry
 * registers, an inspector assesses, asks for a statement, prepares and presents, the decision maker
 * decides, the registry records the service and closes. After every step the page shows the state in
 * the Swedish of the bundle; at the end the API shows the case closed with the decision.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintFlowSwedishBrowserIT {

    private static final String SV = "sv";
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void fromRegistrationToClosingInSwedish() throws Exception {
        // a reference area whose Swedish name is its Finnish one
        String areaName = EmploymentAreas.reference("Satakunta").getString("nameFi");
        LocalDate today = TestClock.today();
        String decisionText = "Kommunen fästs uppmärksamhet vid att service ska ges på svenska.";
        long id;

        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();

            // the registry registers the complaint
            signIn(browser, "kirjaamo", "/complaints/register.xhtml");
            assertEquals(text(SV, "complaint.register.title"), d.findElement(By.tagName("h1")).getText());
            browser.typeDate("registration:received", D.format(today));
            d.findElement(By.id("registration:name")).sendKeys("Stina Selenium");
            d.findElement(By.id("registration:email")).sendKeys("stina.selenium@example.fi");
            browser.selectOne("registration:entity", areaName);
            browser.typeDate("registration:conductFrom", D.format(today.minusMonths(2)));
            d.findElement(By.cssSelector("label[for='registration:themes:2']")).click();
            d.findElement(By.id("registration:description")).sendKeys("Tjänsten gavs inte på svenska.");
            d.findElement(By.id("registration:register")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/complaints/complaint.xhtml?id="));
            id = Long.parseLong(d.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            waitForState(browser, "REGISTERED");
            browser.logout();

            // the inspector: assessment, a statement, preparation, the proposal
            signIn(browser, "tarkastaja", "/complaints/complaint.xhtml?id=" + id);
            act(browser, "start-assessment");
            waitForState(browser, "PRELIMINARY_ASSESSMENT");

            act(browser, "request-statement");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:note")))
                    .sendKeys("Utredning begärs av kommunen.");
            confirm(browser);
            waitForState(browser, "STATEMENT_REQUESTED");

            act(browser, "start-preparation");
            waitForState(browser, "IN_PREPARATION");

            act(browser, "propose");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:outcome")));
            browser.selectOne("actions:outcome", text(SV, "complaint.outcome.DRAWING_ATTENTION") + " (HL 53 c §)");
            d.findElement(By.id("actions:text")).sendKeys(decisionText);
            confirm(browser);
            waitForState(browser, "PROPOSED");
            assertTrue(d.findElements(By.cssSelector("button.action-decide")).isEmpty(), "the presenter is not offered decide");
            browser.screenshot("complaint-sv-proposed");
            browser.logout();

            // another user decides
            signIn(browser, "ratkaisija", "/complaints/complaint.xhtml?id=" + id);
            act(browser, "decide");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#actions .proposal-text"), decisionText));
            confirm(browser);
            waitForState(browser, "DECIDED");
            String decision = d.findElement(By.id("decisionPanel")).getText();
            assertTrue(decision.contains(text(SV, "complaint.outcome.DRAWING_ATTENTION")), decision);
            assertTrue(decision.contains(text(SV, "complaint.decidedBy")) && decision.contains("Ratkaisija Riitta"), decision);
            browser.logout();

            // the registry records the service and closes the case
            signIn(browser, "kirjaamo", "/complaints/complaint.xhtml?id=" + id);
            act(browser, "serve");
            WebElement servedOn = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("actions:servedOn_input")));
            assertEquals(D.format(today), servedOn.getAttribute("value"), "service is proposed for today");
            confirm(browser);
            waitForState(browser, "SERVED");

            act(browser, "close");
            waitForState(browser, "CLOSED");
            assertTrue(d.findElement(By.id("messages")).getText().contains(text(SV, "complaint.action.close")),
                    d.findElement(By.id("messages")).getText());
            assertTrue(d.findElement(By.id("actions:actionPanel")).getText().contains(text(SV, "complaint.actions.none")),
                    "a closed case offers no actions");
            browser.screenshot("complaint-sv-closed");
        }

        JsonObject c = Api.as("kirjaamo").get("/complaints/" + id).json();
        assertEquals("CLOSED", c.getString("state"));
        JsonObject decision = c.getJsonObject("decision");
        assertEquals("DRAWING_ATTENTION", decision.getString("outcome"));
        assertEquals(decisionText, decision.getString("text"));
        assertEquals("tarkastaja", decision.getString("presenter"));
        assertEquals("ratkaisija", decision.getString("decidedBy"));
        assertEquals(today.toString(), decision.getString("servedOn"));
        assertEquals(0, c.getJsonArray("allowedActions").size());
    }

    /** Opens a page, is sent to the login page, switches it to Swedish, signs in and lands on the page. */
    private static void signIn(Browser browser, String user, String path) {
        browser.open(path);
        browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.switchLanguage(SV);
        browser.login(user, "demo");
        browser.waiting().until(ExpectedConditions.urlContains(path));
        assertEquals(SV, browser.driver().findElement(By.tagName("html")).getAttribute("lang"), "the session keeps Swedish");
    }

    private static void act(Browser browser, String slug) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.action-" + slug))).click();
    }

    private static void confirm(Browser browser) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("actions:confirm"))).click();
    }

    /** Waits for the state badge to say the state in Swedish (and not in Finnish). */
    private static void waitForState(Browser browser, String state) {
        String swedish = text(SV, "complaint.state." + state);
        assertNotEquals(text("fi", "complaint.state." + state), swedish, "the bundle has a Swedish text of " + state);
        browser.waiting().until(ExpectedConditions.textToBe(By.id("state"), swedish));
    }

}
