package fi.valvonta.it.inspection;

import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        try (Browser browser = new Browser()) {
            browser.login("tarkastaja", "demo");
            browser.open("/inspection/indicators.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:indicators")));
            assertTrue(browser.driver().findElement(By.id("listForm:indicators")).getText().contains("DEMO"),
                    "demo indicators are labelled");
            browser.driver().findElement(By.id("listForm:indicators:0:edit")).click();
            // the form is re-rendered by the edit action: wait for the copied source, finding it afresh each time
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                    !d.findElement(By.id("indicatorForm:source")).getAttribute("value").isEmpty());
            WebElement source = browser.driver().findElement(By.id("indicatorForm:source"));
            source.clear();
            source.sendKeys("IT selain");
            browser.driver().findElement(By.id("indicatorForm:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Indikaattorit tallennettu"));
            browser.screenshot("indicators-fi");
        }
    }
}
