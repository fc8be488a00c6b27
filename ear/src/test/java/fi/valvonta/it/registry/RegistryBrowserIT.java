package fi.valvonta.it.registry;

import fi.valvonta.it.support.Browser;

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

/** A person signs in, opens the municipality registry, filters it and switches language. */
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

            // filter: Swedish majority leaves Raasepori alone
            browser.selectOne("registry:language", "Ruotsinkielinen enemmistö");
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#registry\\:municipalities_data > tr"), 1));
            assertTrue(browser.driver().findElement(By.id("registry:municipalities_data")).getText().contains("Raasepori"));

            // language switch: the same page in Swedish
            browser.driver().findElement(By.xpath("//a[normalize-space(text())='SV']")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kommuner"));
            browser.screenshot("registry-sv");
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
