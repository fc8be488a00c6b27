package fi.valvonta.it.audit;

import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.EmploymentAreas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An auditor looks up the audit trail of a record in the browser; an inspector has no such page. */
@ExtendWith(ArquillianExtension.class)
class AuditBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void auditorSeesWhoEstablishedAnEmploymentArea() throws Exception {
        String name = "Lokitesti " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject area = EmploymentAreas.establish(name, "SINGLE_MUNICIPALITY", EmploymentAreas.memberIds(1));
        // the API's trail of this area is the one row the page must show
        JsonArray api = Api.as("auditor").get("/audit?type=EmploymentArea&id=" + area.getInt("id")).array();
        assertEquals(1, api.size(), api.toString());

        try (Browser browser = new Browser()) {
            browser.open("/audit/trail.xhtml");
            browser.login("auditor", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:id_input")));
            browser.selectOne("audit:type", "EmploymentArea");
            browser.driver().findElement(By.id("audit:id_input")).sendKeys(String.valueOf(area.getInt("id")));
            browser.driver().findElement(By.id("audit:search")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:trail"), "ESTABLISHED"));
            String trail = browser.driver().findElement(By.id("audit:trail")).getText();
            assertTrue(trail.contains("admin") && trail.contains(name), trail);
            // one row, this area's: columns when, actor, action, before, after
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#audit\\:trail_data > tr"));
            assertEquals(1, rows.size(), trail);
            List<String> cells = rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals("admin", cells.get(1), cells.toString());
            assertEquals("ESTABLISHED", cells.get(2), cells.toString());
            assertTrue(cells.get(4).contains(name), cells.toString());
        }
    }

    @Test
    void auditorChecksEveryLogsStrandsFromThePage() throws Exception {
        // the same check as the API's: every log with all its strands
        JsonObject api = Api.as("auditor").get("/audit/verification").json();
        assertTrue(api.getBoolean("intact"), api.toString());
        try (Browser browser = new Browser()) {
            browser.open("/audit/trail.xhtml");
            browser.login("auditor", "demo");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("audit:verify"))).click();
            WebElement outcome = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("verificationOutcome")));
            assertTrue(outcome.getText().contains("Kaikki lokit ovat ehjiä"), outcome.getText());
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#audit\\:chains_data > tr"));
            assertEquals(3, rows.size(), "the audit trail, the use log and the disclosure log");
            for (WebElement row : rows) {
                assertTrue(row.getText().contains("Ehjä"), row.getText());
            }
            assertTrue(rows.get(0).getText().startsWith("Muutosloki"), rows.get(0).getText());
        }
    }

    @Test
    void inspectorHasNoLogPages() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/audit/trail.xhtml");
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.urlContains("/audit/trail.xhtml"));
            assertTrue(browser.driver().findElements(By.id("audit:search")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("nav:navAudit")).isEmpty());
        }
    }
}
