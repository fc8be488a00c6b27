package fi.valvonta.it.inspection;

import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An inspector schedules an inspection from the calendar page, records a finding and completes it. */
@ExtendWith(ArquillianExtension.class)
class InspectionBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void scheduleRecordAFindingAndComplete() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login("tarkastaja", "demo");
            browser.open("/inspection/inspections.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#calendar .fc-view")));

            browser.selectOne("scheduleForm:entityId", "Hanko");
            browser.driver().findElement(By.id("scheduleForm:schedule")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/inspection/inspection.xhtml?id="));
            WebElement checklist = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("checklist")));
            assertTrue(checklist.getText().contains("kielilaki 423/2003 10 §"), "bilingual Hanko: " + checklist.getText());
            assertTrue(checklist.getText().contains("tietosuoja-asetus (EU) 2016/679 32 art."));

            browser.driver().findElement(By.id("findingForm:description")).sendKeys("Käyttöoikeudet kunnossa");
            browser.driver().findElement(By.id("findingForm:recordFinding")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "Käyttöoikeudet kunnossa"));
            assertEquals(1, browser.driver().findElements(By.cssSelector("#findings_data > tr")).size());
            browser.screenshot("inspection-fi");

            browser.driver().findElement(By.id("completeForm:report")).sendKeys("Tarkastuskertomus.");
            browser.driver().findElement(By.id("completeForm:complete")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("inspectionState"), "valmis"));
            assertTrue(browser.driver().findElements(By.id("findingForm")).isEmpty(), "a completed inspection takes no findings");
        }
    }

    @Test
    void indicatorsAreEditedOnTheirPage() throws Exception {
        Api inspector = Api.as("tarkastaja");
        long tornio = inspector.get("/municipalities?q=Tornio").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("nameFi").equals("Tornio"))
                .findFirst().orElseThrow().getInt("id");
        String today = TestClock.today().toString();
        String token = UUID.randomUUID().toString().substring(0, 8);
        String recorded = "IT lähde " + token;
        String edited = "IT selain " + token;
        // this test's own figures for Tornio, so that it edits a row it made, not demo data
        Api.Reply r = inspector.post("/indicators", """
                {"entityId":%d,"validOn":"%s","clientCount":2100,"foreignLanguageShare":0.04,"under30Share":0.18,"source":"%s"}"""
                .formatted(tornio, today, recorded));
        assertEquals(200, r.status(), r.toString());

        try (Browser browser = new Browser()) {
            browser.login("tarkastaja", "demo");
            browser.open("/inspection/indicators.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:indicators")));
            WebElement row = browser.rowWith("listForm:indicators", recorded);
            assertTrue(row.getText().contains("Tornio"), row.getText());
            row.findElement(By.cssSelector("button[id$=':edit']")).click();
            // the form is re-rendered by the edit action: wait for the copied source, finding it afresh each time
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                    recorded.equals(d.findElement(By.id("indicatorForm:source")).getAttribute("value")));
            WebElement source = browser.driver().findElement(By.id("indicatorForm:source"));
            source.clear();
            source.sendKeys(edited);
            browser.driver().findElement(By.id("indicatorForm:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Indikaattorit tallennettu"));
            browser.screenshot("indicators-fi");

            // stored: Tornio's current figures carry the edited source, the copied ones unchanged
            JsonObject current = inspector.get("/indicators").array().stream().map(JsonValue::asJsonObject)
                    .filter(i -> i.getJsonNumber("entityId").longValue() == tornio).findFirst().orElseThrow();
            assertEquals(edited, current.getString("source"), current.toString());
            assertEquals(2100, current.getInt("clientCount"), current.toString());
            assertEquals(today, current.getString("validOn"), current.toString());
            assertTrue(inspector.get("/indicators/" + tornio).array().stream()
                    .anyMatch(i -> edited.equals(i.asJsonObject().getString("source"))), "in Tornio's history");

            // shown: after a reload the page lists Tornio with the edited source
            browser.driver().navigate().refresh();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:indicators")));
            WebElement shown = browser.rowWith("listForm:indicators", edited);
            // the count grouped as Finnish writes it (a no-break space)
            String text = shown.getText().replace('\u00a0', ' ');
            assertTrue(text.contains("Tornio") && text.contains("2 100"), text);
            assertFalse(browser.driver().findElement(By.id("listForm:indicators")).getText().contains(recorded),
                    "the edited row replaces the copied one in the current figures");
        }
    }
}
