package fi.valvonta.it.intake;

import fi.valvonta.it.support.Api;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public complaint form in Swedish, as anyone without signing in fills it: the errors of an empty form are
 * on their fields (and linked to them), the complaint with a file is sent, the receipt shows the case number and
 * the private status link, and the link shows the complaint received, in Swedish.
 */
@ExtendWith(ArquillianExtension.class)
class PublicComplaintBrowserIT {

    private static final String SV = "sv";
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void aComplaintSentInSwedishWithAFileIsReceiptedAndFollowedByItsLink() throws Exception {
        Path pdf = Files.createTempFile("bilaga-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String caseNumber;
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            ChromeDriver chrome = (ChromeDriver) d;
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__violations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                            + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });"));
            List<String> violations = new ArrayList<>();
            browser.open("/kantelu");
            browser.waiting().until(ExpectedConditions.urlContains("/kantelu/index.xhtml"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("complaint")));
            browser.switchLanguage(SV);
            assertEquals(text(SV, "public.title"), d.findElement(By.tagName("h1")).getText());
            assertTrue(d.findElements(By.id("nav")).isEmpty(), "no menu of the signed-in application");

            // the trap is out of sight and out of reach of the keyboard and of assistive technology
            WebElement trap = d.findElement(By.id("complaint:homepage"));
            assertEquals("-1", trap.getAttribute("tabindex"));
            assertEquals("true", trap.findElement(By.xpath("..")).getAttribute("aria-hidden"));
            assertTrue(!trap.isDisplayed() || trap.getRect().getX() < 0, "the trap is not seen");

            // an empty form: each error on its field, linked to it
            d.findElement(By.id("complaint:submit")).click();
            WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#complaint\\:descriptionMessage .ui-message-error-detail, #complaint\\:descriptionMessage")));
            browser.waiting().until(d2 -> !d2.findElement(By.id("complaint:descriptionMessage")).getText().isBlank());
            assertEquals(text(SV, "public.description.required"), d.findElement(By.id("complaint:descriptionMessage")).getText());
            WebElement description = d.findElement(By.id("complaint:description"));
            assertTrue(description.getAttribute("aria-describedby").contains("complaint:descriptionMessage"),
                    description.getAttribute("aria-describedby"));
            assertEquals("true", description.getAttribute("aria-invalid"));
            assertEquals(text(SV, "public.entity.required"), d.findElement(By.id("complaint:entityMessage")).getText());
            assertTrue(error.isDisplayed());
            browser.screenshot("public-complaint-sv-errors");

            // the date picker speaks Swedish: Monday first, one-letter days (onsdag, lördag)
            d.findElement(By.cssSelector("#complaint\\:conductFrom .ui-datepicker-trigger")).click();
            By days = By.cssSelector("#complaint\\:conductFrom_panel table thead th");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(days));
            List<String> weekdays = d.findElements(days).stream().map(WebElement::getText).map(String::strip).toList();
            assertEquals(List.of("M", "T", "O", "T", "F", "L", "S"), weekdays);
            d.findElement(By.id("complaint:conductFrom_input")).sendKeys(Keys.ESCAPE);
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(days));

            violations.addAll(violations(chrome, "form"));

            // anonymous: no name nor contact details asked (an AJAX update, under the page's policy)
            d.findElement(By.cssSelector("#complaint\\:anonymous .ui-chkbox-box")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("complaint:name")));
            d.findElement(By.cssSelector("#complaint\\:anonymous .ui-chkbox-box")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint:name")));

            // the complaint, in Swedish, about the employment area Espoo-Kauniainen (Esbo-Grankulla): conduct from 2025 is the area's
            browser.selectOne("complaint:entity", "Esbo-Grankulla");
            browser.typeDate("complaint:conductFrom", D.format(TestClock.today().minusWeeks(3)));
            d.findElement(By.id("complaint:description")).sendKeys("Jag fick ingen service på svenska vid besöket.");
            d.findElement(By.cssSelector("label[for='complaint:themes:2']")).click();
            d.findElement(By.id("complaint:name")).sendKeys("Sara Selenium");
            d.findElement(By.id("complaint:email")).sendKeys("sara-" + UUID.randomUUID() + "@example.fi");
            assertTrue(d.findElement(By.id("complaint:proceedingsLanguage:1")).isSelected(), "Swedish proceedings for a Swedish page");
            d.findElement(By.id("complaint:files")).sendKeys(pdf.toAbsolutePath().toString());
            d.findElement(By.id("complaint:submit")).click();

            WebElement number = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("caseNumber")));
            caseNumber = number.getText();
            assertTrue(caseNumber.matches("[A-Z]+/\\d+/\\d{4}"), caseNumber);
            assertEquals(text(SV, "public.receipt.title"), d.findElement(By.tagName("h1")).getText());
            String link = d.findElement(By.id("statusLink")).getAttribute("href");
            assertTrue(link.contains("/kantelu/tila.xhtml?t="), link);
            browser.screenshot("public-complaint-sv-receipt");
            violations.addAll(violations(chrome, "receipt"));

            // the private link: the phase, in Swedish, and the file that came with it
            d.get(link);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("phase"), text(SV, "public.phase.RECEIVED")));
            assertEquals(caseNumber, d.findElement(By.id("caseNumber")).getText());
            assertTrue(d.findElement(By.id("documents")).getText().contains(pdf.getFileName().toString()));
            assertTrue(!d.getPageSource().contains("Sara Selenium"), "not even the sender's own name is shown");
            browser.screenshot("public-complaint-sv-status");
            violations.addAll(violations(chrome, "status"));
            assertEquals(List.of(), violations, "the public pages run under their Content-Security-Policy");
        } finally {
            Files.deleteIfExists(pdf);
        }

        // registered as the registry would, received through the e-service, with the file and in Swedish
        Api registrar = Api.as("kirjaamo");
        long id = registrar.get("/complaints/by-case-number/" + caseNumber).json().getJsonNumber("id").longValue();
        JsonObject c = registrar.get("/complaints/" + id).json();
        assertEquals("E_SERVICE", c.getString("channel"));
        assertEquals("SV", c.getString("proceedingsLanguage"));
        assertEquals("LANGUAGE_RIGHTS", c.getJsonArray("themes").getString(0));
        assertEquals(1, c.getJsonArray("attachments").size());
    }

    /** The Content-Security-Policy violations the page reported so far (the listener is added to every document). */
    @SuppressWarnings("unchecked")
    private static List<String> violations(ChromeDriver chrome, String page) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) chrome.executeScript("return window.__violations || [];")) {
            out.add(page + ": " + o);
        }
        return out;
    }
}
