package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.register;
import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case page's legal steps in the browser: an inspector proposes not to investigate an old matter, a
 * decision maker declares themselves disqualified and is no longer offered the decision, another decides,
 * and the page offers the letter to the complainant and records that neither official was disqualified.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintLegalBrowserIT {

    private static final String FI = "fi";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void notInvestigatingIsProposedAndDecidedByAnOfficialWhoIsNotDisqualified() throws Exception {
        long id = register(Api.as("kirjaamo"), body().conduct("2023-01-10", "2023-02-10")).getInt("id");
        String page = "/complaints/complaint.xhtml?id=" + id;
        String text = "Kantelu koskee yli kaksi vuotta vanhaa asiaa, eikä erityistä syytä ole.";

        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            signIn(browser, "tarkastaja", page);
            act(browser, "propose-not-investigated");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:text"))).sendKeys(text);
            confirm(browser);
            waitForState(browser, "NOT_INVESTIGATED_PROPOSED");
            assertTrue(d.findElements(By.cssSelector("button.action-not-investigate")).isEmpty(),
                    "an inspector does not decide");
            browser.logout();

            signIn(browser, "ratkaisija", page);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.action-not-investigate")));
            browser.selectOne("actions:ground", text(FI, "disqualification.ground.INTEREST") + " (HL 28 § 1 mom 3 kohta)");
            d.findElement(By.id("actions:declareDisqualification")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("disqualifications"), "ratkaisija"));
            assertTrue(d.findElements(By.cssSelector("button.action-not-investigate")).isEmpty(),
                    "a disqualified decision maker is not offered the decision");
            browser.logout();

            signIn(browser, "ratkaisija2", page);
            act(browser, "not-investigate");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#actions .proposal-text"), text));
            confirm(browser);
            waitForState(browser, "NOT_INVESTIGATED");
            assertEquals(text(FI, "complaint.impartiality.confirmed"), d.findElement(By.id("impartiality")).getText());
            assertTrue(d.findElement(By.id("noticeForm:noticePanel")).getText().contains(text(FI, "complaint.notice.NOT_INVESTIGATED")));
            assertTrue(d.findElement(By.id("noticeForm:noticePdf")).isDisplayed());
            browser.screenshot("complaint-not-investigated");
        }

        JsonObject c = Api.as("auditor").get("/complaints/" + id).json();
        assertEquals("NOT_INVESTIGATED", c.getString("state"));
        assertEquals("tarkastaja", c.getJsonObject("decision").getString("presenter"));
        assertEquals("ratkaisija2", c.getJsonObject("decision").getString("decidedBy"));
    }

    private static void signIn(Browser browser, String user, String path) {
        browser.open(path);
        browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.switchLanguage(FI);
        browser.login(user, "demo");
        browser.waiting().until(ExpectedConditions.urlContains(path));
    }

    private static void act(Browser browser, String slug) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.action-" + slug))).click();
    }

    private static void confirm(Browser browser) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("actions:confirm"))).click();
    }

    private static void waitForState(Browser browser, String state) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("state"), text(FI, "complaint.state." + state)));
    }
}
