package fi.valvonta.it.registry;

import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person signs in, opens the municipality registry (region, court and employment area of each), filters it and
 * switches language; a municipality's page shows its history.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void signInAndBrowseTheRegistry() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/registry/municipalities.xhtml");
            // not signed in: the login page, which then returns to the page asked for
            browser.waiting().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.urlContains("/registry/municipalities.xhtml"));

            List<WebElement> rows = browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#registry\\:municipalities_data > tr"), 25));
            assertEquals(25, rows.size());
            assertTrue(browser.driver().findElement(By.id("registry:municipalities")).getText().contains("Espoo"));
            assertTrue(browser.driver().findElement(By.id("demoBanner")).getText().startsWith("DEMO"), "demo mode is labelled");
            browser.screenshot("registry-fi");

            // filter: the 15 municipalities with a Swedish majority, Raasepori among them
            browser.selectOne("registry:language", "Ruotsinkielinen enemmistö");
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#registry\\:municipalities_data > tr"), 15));
            WebElement raasepori = row(browser, "Raasepori");
            for (String column : List.of("710", "Uusimaa", "Helsingin hallinto-oikeus", "Hanko-Inkoo-Raasepori")) {
                assertTrue(raasepori.getText().contains(column), column + " in " + raasepori.getText());
            }

            // language switch: the same page in Swedish, names in Swedish
            browser.driver().findElement(By.xpath("//a[normalize-space(text())='SV']")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kommuner"));
            browser.driver().findElement(By.id("registry:name")).sendKeys("Raseborg");
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#registry\\:municipalities_data > tr"), 1));
            WebElement raseborg = row(browser, "Raseborg");
            assertTrue(raseborg.getText().contains("Nyland") && raseborg.getText().contains("Hangö-Ingå-Raseborg"),
                    raseborg.getText());
            browser.screenshot("registry-sv");
        }
    }

    /** The row of the registry table whose name column is {@code name} (other columns may name areas). */
    private static WebElement row(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector("#registry\\:municipalities_data > tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row named " + name));
    }

    @Test
    void municipalityPageShowsThePilotThenTheEmploymentArea() throws Exception {
        long id = Api.as("tarkastaja").get("/municipalities?q=Suomussalmi").json().getJsonArray("items").getJsonObject(0)
                .getInt("id");
        try (Browser browser = new Browser()) {
            browser.open("/registry/municipality.xhtml?id=" + id);
            browser.login("tarkastaja", "demo");
            WebElement history = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
            List<WebElement> rows = history.findElements(By.cssSelector("tbody > tr"));
            assertEquals(2, rows.size());
            assertTrue(rows.get(0).getText().contains("1.3.2021 – 31.12.2024") && rows.get(0).getText().contains("Kokeilukunta")
                    && rows.get(0).getText().contains("Kainuun seudun kuntakokeilu"), rows.get(0).getText());
            assertTrue(rows.get(1).getText().contains("1.1.2025") && rows.get(1).getText().contains("Kainuu-Koillismaa"),
                    rows.get(1).getText());
            assertEquals("Pohjois-Suomen hallinto-oikeus", browser.driver().findElement(By.id("court")).getText());
            assertEquals("777", browser.driver().findElement(By.id("code")).getText());
            browser.screenshot("municipality-history-fi");

            browser.switchLanguage("sv");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Kajanaland-Nordostlandet"));
            assertEquals("Kajanaland", browser.driver().findElement(By.id("region")).getText());
            assertTrue(browser.driver().findElement(By.id("history")).getText().contains("Försökskommun"));
        }
    }

    @Test
    void wrongPasswordShowsAMessage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login("tarkastaja", "wrong");
            WebElement messages = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
            assertTrue(messages.getText().contains("Väärä käyttäjätunnus tai salasana"), messages.getText());
        }
    }
}
