package fi.valvonta.it.registry;

import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.EmploymentAreas;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator forms an employment area from a day in the browser and records its lead municipality; a
 * missing name is shown on its field; an inspector sees neither form.
 */
@ExtendWith(ArquillianExtension.class)
class EmploymentAreaBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void adminFormsAnEmploymentAreaFromADayAndRecordsItsLead() throws Exception {
        JsonObject member = EmploymentAreas.members(1, m -> true).get(0);
        LocalDate from = EmploymentAreas.startFor(List.of(member.getInt("id")));
        String name = "Selaintesti " + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = new Browser()) {
            browser.open("/registry/employment-areas.xhtml");
            browser.login("admin", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("establishForm:establish")));
            // the reference areas with their leads; a blank lead says so
            String table = browser.driver().findElement(By.id("areas")).getText();
            assertTrue(table.contains("Kainuu-Koillismaa") && table.contains("Kajaani"), table);
            assertTrue(table.contains("ei kirjattu"), "Kuopio's lead is blank");

            // nothing filled in: the messages stand next to their fields
            browser.driver().findElement(By.id("establishForm:establish")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#establishForm .field:nth-of-type(1) .ui-message"), "Pakollinen tieto"));

            browser.driver().findElement(By.id("establishForm:nameFi")).sendKeys(name);
            browser.typeDate("establishForm:supervisedFrom", DateTimeFormatter.ofPattern("d.M.yyyy").format(from));
            browser.driver().findElement(By.id("establishForm:memberIds")).click();
            browser.awaitOverlayOpen(By.id("establishForm:memberIds_panel"));
            By item = By.cssSelector("#establishForm\\:memberIds_panel li[data-item-value='" + member.getInt("id")
                    + "'] .ui-chkbox-box");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
            browser.waiting().until(ExpectedConditions.attributeContains(item, "class", "ui-state-active"));
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            browser.driver().findElement(By.id("establishForm:establish")).click();

            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas"), name));
            WebElement row = browser.rowWith("areas", name);
            assertTrue(row.getText().contains(member.getString("nameFi")), row.getText());
            assertTrue(row.getText().contains(DateTimeFormatter.ofPattern("d.M.yyyy").format(from)), row.getText());

            // the new area has no lead: the administrator records its member as the lead, with the source
            browser.selectOne("leadForm:area", name + " – ei kirjattu");
            // the member list follows the area chosen (AJAX): wait for it before opening it
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//select[@id='leadForm:municipalityId_input']/option[normalize-space()='" + member.getString("nameFi") + "']")));
            browser.selectOne("leadForm:municipalityId", member.getString("nameFi"));
            browser.driver().findElement(By.id("leadForm:source")).sendKeys("TEM/2100/7");
            browser.driver().findElement(By.id("leadForm:recordLead")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas"), "TEM/2100/7"));
            browser.screenshot("employment-area-established");
        }
        JsonObject area = Api.as("admin").get("/employment-areas").array().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("nameFi").equals(name)).findFirst().orElseThrow();
        assertEquals(from.toString(), area.getString("supervisedFrom"));
        assertEquals(member.getInt("id"), area.getInt("leadId"));
        JsonObject moved = Api.as("admin").get("/municipalities/" + member.getInt("id")).json();
        assertEquals(member.getString("employmentAreaName"), moved.getString("employmentAreaName"), "it moves only then");
    }

    @Test
    void inspectorSeesNoEstablishForm() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/registry/employment-areas.xhtml");
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("areas")));
            assertTrue(browser.driver().findElements(By.id("establishForm:establish")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("leadForm:recordLead")).isEmpty());
        }
    }
}
