package fi.valvonta.it.audit;

import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
        int member = Api.as("admin").get("/municipalities?max=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> !m.containsKey("employmentAreaId") || m.isNull("employmentAreaId"))
                .reduce((first, second) -> second).orElseThrow().getInt("id");
        String name = "Lokitesti " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.as("admin").post("/employment-areas",
                "{\"nameFi\":\"" + name + "\",\"model\":\"SINGLE_MUNICIPALITY\",\"memberIds\":[" + member + "]}");
        assertEquals(201, created.status(), created.toString());

        try (Browser browser = new Browser()) {
            browser.open("/audit/trail.xhtml");
            browser.login("auditor", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:id_input")));
            browser.selectOne("audit:type", "EmploymentArea");
            browser.driver().findElement(By.id("audit:id_input")).sendKeys(String.valueOf(created.json().getInt("id")));
            browser.driver().findElement(By.id("audit:search")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:trail"), "ESTABLISHED"));
            String trail = browser.driver().findElement(By.id("audit:trail")).getText();
            assertTrue(trail.contains("admin") && trail.contains(name), trail);
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
