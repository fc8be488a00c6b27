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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator establishes an employment area in the browser; a missing name is shown on its field. */
@ExtendWith(ArquillianExtension.class)
class EmploymentAreaBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void adminEstablishesAnEmploymentArea() throws Exception {
        JsonObject free = EmploymentAreas.freeMunicipalities(1).get(0);
        String name = "Selaintesti " + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = new Browser()) {
            browser.open("/registry/employment-areas.xhtml");
            browser.login("admin", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("establishForm:establish")));

            // nothing filled in: the messages stand next to their fields
            browser.driver().findElement(By.id("establishForm:establish")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#establishForm .field:nth-of-type(1) .ui-message"), "Pakollinen tieto"));

            browser.driver().findElement(By.id("establishForm:nameFi")).sendKeys(name);
            browser.driver().findElement(By.id("establishForm:memberIds")).click();
            browser.awaitOverlayOpen(By.id("establishForm:memberIds_panel"));
            By member = By.cssSelector("#establishForm\\:memberIds_panel li[data-item-value='" + free.getInt("id") + "'] .ui-chkbox-box");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(member)).click();
            browser.waiting().until(ExpectedConditions.attributeContains(member, "class", "ui-state-active"));
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            browser.driver().findElement(By.id("establishForm:establish")).click();

            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas"), name));
            assertTrue(browser.driver().findElement(By.id("areas")).getText().contains(free.getString("nameFi")));
            browser.screenshot("employment-area-established");
        }
        JsonObject member = Api.as("admin").get("/municipalities/" + free.getInt("id")).json();
        assertEquals(name, member.getString("employmentAreaName"));
    }

    @Test
    void inspectorSeesNoEstablishForm() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/registry/employment-areas.xhtml");
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("areas")));
            assertTrue(browser.driver().findElements(By.id("establishForm:establish")).isEmpty());
        }
    }
}
