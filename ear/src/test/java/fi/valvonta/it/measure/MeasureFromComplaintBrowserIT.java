package fi.valvonta.it.measure;

import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
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

import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.measure.MeasureFixtures.employmentArea;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A measure case opened on a complaint: the draft form comes prefilled and the case refers to the complaint. */
@ExtendWith(ArquillianExtension.class)
class MeasureFromComplaintBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void draftOpenedFromAComplaintRefersToIt() throws Exception {
        long area = employmentArea("Kouvola");
        JsonObject complaint = Complaints.register(Api.as("kirjaamo"),
                Complaints.body().entity(area).conduct("2025-09-01", "2025-10-31"));
        String caseNumber = complaint.getString("caseNumber");
        LocalDate deadline = TestClock.today().plusDays(60);

        try (Browser browser = new Browser()) {
            browser.open("/measures/draft.xhtml?complaint=" + complaint.getInt("id"));
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.urlContains("/measures/draft.xhtml"));
            WebElement reference = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("draftForm:originReference")));
            assertEquals(caseNumber, reference.getAttribute("value"));

            type(browser, "draftForm:subject", "Kantelun johdosta: määräys");
            type(browser, "draftForm:facts", "Kantelussa kuvattu puute on todettu.");
            type(browser, "draftForm:legalBasis", "Laki 380/2023");
            type(browser, "draftForm:reasoning", "Puute vaarantaa asiakkaiden oikeudet.");
            type(browser, "draftForm:decision", "Puute on korjattava.");
            browser.typeDate("draftForm:deadline", DateTimeFormatter.ofPattern("d.M.yyyy").format(deadline));
            browser.driver().findElement(By.id("draftForm:save")).click();
            browser.awaitUrlContaining("/measures/measure.xhtml");
            long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            JsonObject measure = INSPECTOR.get("/measures/" + id).json();
            assertEquals(complaint.getInt("id"), measure.getInt("complaintId"));
            assertEquals("COMPLAINT", measure.getString("origin"));
            assertEquals(area, measure.getJsonNumber("entityId").longValue());
            assertEquals(caseNumber, measure.getString("originReference"));
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
