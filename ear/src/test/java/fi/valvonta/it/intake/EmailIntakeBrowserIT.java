package fi.valvonta.it.intake;

import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.MailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry's morning: fetch the complaints mailbox, open the new message, see its text and file,
 * complete it (entity, conduct date, theme) and register it; the complaint's page shows the case number
 * and the file carried over.
 */
@ExtendWith(ArquillianExtension.class)
class EmailIntakeBrowserIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z]+/[1-9][0-9]*/20[0-9]{2}");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void fetchOpenCompleteAndRegisterAnEmail() throws Exception {
        String subject = "Selainkantelu " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            MailServer mail = MailServer.get();
            mail.deliver(MailServer.complaintMail("<" + UUID.randomUUID() + "@example.fi>", subject,
                    "Asiointipisteessä ei palveltu ruotsiksi."));
            WebDriver d = browser.driver();
            browser.open("/complaints/intake.xhtml");
            browser.login("kirjaamo", "demo");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("queue:fetch"))).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:globalMessages"),
                    "Postilaatikko haettu"));
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(subject))).click();

            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registration:description")));
            assertTrue(d.findElement(By.id("message")).getText().contains("liisa.laine@example.fi"));
            assertTrue(d.findElement(By.id("files:attachments")).getText().contains("liite.pdf"));
            assertTrue(d.findElement(By.id("registration:description")).getAttribute("value")
                    .contains("Asiointipisteessä ei palveltu ruotsiksi."), "the text is carried over");
            browser.screenshot("intake-message");

            // registering without the entity and dates: messages on the fields, nothing registered
            d.findElement(By.id("registration:register")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#registration .ui-message-error")));

            browser.selectOne("registration:entity", "Espoo");
            WebElement from = d.findElement(By.id("registration:conductFrom_input"));
            from.sendKeys(Keys.chord(Keys.CONTROL, "a"));
            from.sendKeys("5.11.2024");
            d.findElement(By.cssSelector("label[for='registration:themes:2']")).click();
            d.findElement(By.id("registration:register")).click();

            browser.waiting().until(ExpectedConditions.urlContains("/complaints/complaint.xhtml?id="));
            String heading = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
            assertTrue(CASE_NUMBER.matcher(heading).find(), heading);
            assertTrue(d.findElement(By.id("documents")).getText().contains("liite.pdf"), "the file is on the case");
            browser.screenshot("intake-registered");
        }
    }
}
