package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry (kirjaamo) registers a complaint in the form, sees its screening and case number, and
 * finds it in the case list; an inspector opens it and takes the first action.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintBrowserIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("LVV/[1-9][0-9]*/2026");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void registerAComplaintAndFindItInTheList() throws Exception {
        String caseNumber;
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            browser.open("/complaints/register.xhtml");
            browser.waiting().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.login("kirjaamo", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registration:received_input")));

            type(d, "registration:received_input", "15.1.2026");
            d.findElement(By.id("registration:name")).sendKeys("Selma Selenium");
            d.findElement(By.id("registration:email")).sendKeys("selma.selenium@example.fi");
            browser.selectOne("registration:entity", "Espoo");
            // conduct from 2025 is the employment area's: the refusal stands on the entity field, not at the page top
            type(d, "registration:conductFrom_input", "5.1.2025");
            d.findElement(By.cssSelector("label[for='registration:themes:2']")).click(); // kielelliset oikeudet
            d.findElement(By.id("registration:description")).sendKeys("Palvelua ei saatu ruotsiksi. Hetu 131052-308T.");
            d.findElement(By.id("registration:register")).click();
            By onEntity = By.xpath("//div[contains(@class,'field')][.//*[@id='registration:entity']]//*[contains(@class,'ui-message-error')]");
            try {
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(onEntity, "Kokeilu päättyi 31.12.2024"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no refusal on the entity field; the page says: "
                        + d.findElement(By.id("registration")).getText(), e);
            }
            type(d, "registration:conductFrom_input", "5.11.2024");

            // screening before saving: the identity number is found, with its legal basis
            d.findElement(By.id("registration:check")).click();
            WebElement findings = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("registration:screeningFindings")));
            assertTrue(findings.getText().contains("henkilötunnus tekstissä"), findings.getText());
            assertTrue(findings.getText().contains("tietosuojalaki 1050/2018 29 §"), findings.getText());
            assertTrue(findings.getText().contains("Kuvauksessa on henkilötunnus; se voidaan peittää."), findings.getText());
            browser.screenshot("complaint-register");

            d.findElement(By.cssSelector("label[for='registration:maskIdentityNumbers_input'], #registration\\:maskIdentityNumbers .ui-chkbox-box")).click();
            d.findElement(By.id("registration:register")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/complaints/complaint.xhtml?id="));
            String heading = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
            Matcher m = CASE_NUMBER.matcher(heading);
            assertTrue(m.find(), heading);
            caseNumber = m.group();
            assertTrue(d.findElement(By.id("messages")).getText().contains(caseNumber), "the registration is confirmed");
            assertTrue(d.findElement(By.id("descriptionPanel")).getText().contains("******-****"), "masked at intake");
            assertTrue(d.findElement(By.id("timelineForm")).getText().contains("Kirjattu"), "the timeline shows the registration");
            browser.screenshot("complaint-case");

            // the case list finds it by its case number
            browser.open("/complaints/list.xhtml");
            WebElement filter = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:caseNumber")));
            filter.sendKeys(caseNumber);
            onlyCase(browser, caseNumber);
            WebElement row = d.findElement(By.cssSelector("#list\\:complaints_data > tr"));
            assertEquals(caseNumber, row.findElement(By.cssSelector("a.case-link")).getText());
            assertTrue(row.getText().contains("Espoo"), row.getText());
            assertTrue(row.getText().contains("kirjattu"), row.getText());
            browser.screenshot("complaint-list");
        }

        // an inspector opens it from the list and starts the assessment; the registry could not
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            browser.open("/complaints/list.xhtml");
            browser.login("tarkastaja", "demo");
            WebElement filter = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:caseNumber")));
            filter.sendKeys(caseNumber);
            onlyCase(browser, caseNumber).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.action-start-assessment"))).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "esiarviointi"));
            assertTrue(d.findElement(By.id("messages")).getText().contains("Aloita esiarviointi"));
            assertTrue(d.findElements(By.cssSelector("button.action-decide")).isEmpty(), "an inspector is not offered decide");
        }
    }

    @Test
    void theHeaderSearchBoxFindsACaseByItsNumberAndOpensIt() throws Exception {
        String caseNumber = register(Api.as("kirjaamo"), body()).getString("caseNumber");
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            browser.open("/index.xhtml");
            browser.login("tarkastaja", "demo");
            WebElement box = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("form[role='search'] input[type='search']")));
            // a search landmark, its box named by a visible label
            assertEquals("Hae", d.findElement(By.cssSelector("form[role='search'] label[for='" + box.getAttribute("id") + "']")).getText());

            box.sendKeys("!!", Keys.ENTER);
            browser.waiting().until(ExpectedConditions.urlContains("/search.xhtml"));
            assertTrue(d.findElement(By.id("messages")).getText().contains("Kirjoita hakusana tai asianumero."),
                    d.findElement(By.id("messages")).getText());

            box = d.findElement(By.id("siteSearchQuery"));
            box.clear();
            box.sendKeys(caseNumber.toLowerCase(), Keys.ENTER);
            WebElement link = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits a.hit-link")));
            assertEquals(caseNumber, link.getText());
            assertEquals(1, d.findElements(By.cssSelector("#hits a.hit-link")).size());
            assertTrue(d.findElement(By.id("hits")).getText().contains("Kantelu"), d.findElement(By.id("hits")).getText());
            assertEquals(caseNumber.toLowerCase(), d.findElement(By.id("siteSearchQuery")).getAttribute("value"), "the box keeps the query");
            browser.screenshot("search-results");
            link.click();
            browser.waiting().until(ExpectedConditions.urlContains("/complaints/complaint.xhtml?id="));
            assertTrue(d.findElement(By.tagName("h1")).getText().contains(caseNumber), d.findElement(By.tagName("h1")).getText());
        }
    }

    /**
     * Waits until the list, filtered as the case number is typed (each keystroke may re-render it), shows
     * that case alone, and returns its link.
     */
    private static WebElement onlyCase(Browser browser, String caseNumber) {
        By links = By.cssSelector("#list\\:complaints_data a.case-link");
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> shown = d.findElements(links);
            return shown.size() == 1 && shown.get(0).getText().equals(caseNumber) ? shown.get(0) : null;
        });
    }

    /** Types a date into a date picker's input, replacing what is there. */
    private static void type(WebDriver d, String id, String text) {
        WebElement input = d.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text);
    }
}
