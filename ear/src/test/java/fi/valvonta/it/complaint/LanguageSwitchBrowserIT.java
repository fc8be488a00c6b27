package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.EmploymentAreas;
import fi.valvonta.it.support.TestClock;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The language switch (FI / SV / EN in the menu bar) keeps the user where they are: the same view with
 * the same parameters in the address (a case's ?id=, the list's ?inbox=), now in the other language.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageSwitchBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void switchingLanguageKeepsTheCasePageAndTheListsFilter() throws Exception {
        long area = EmploymentAreas.referenceId("Jyväskylä-Muurame");
        LocalDate today = TestClock.today();
        JsonObject complaint = Complaints.register(Api.as("kirjaamo"), Complaints.body().entity(area)
                .received(today.toString()).conduct(today.minusMonths(3).toString(), today.minusMonths(2).toString()));
        long id = complaint.getInt("id");
        String caseNumber = complaint.getString("caseNumber");

        try (Browser browser = new Browser()) {
            String casePage = "/complaints/complaint.xhtml?id=" + id;
            browser.open(casePage);
            browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.urlContains(casePage));
            assertCasePage(browser, "fi", id, caseNumber);

            for (String language : List.of("sv", "en")) {
                browser.switchLanguage(language);
                assertCasePage(browser, language, id, caseNumber);
            }

            // the case list filtered to the unassigned inbox
            browser.switchLanguage("fi");
            browser.open("/complaints/list.xhtml?inbox=UNASSIGNED");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:complaints")));
            assertListPage(browser, "fi");
            for (String language : List.of("sv", "en")) {
                browser.switchLanguage(language);
                assertListPage(browser, language);
            }
        }
    }

    private static void assertCasePage(Browser browser, String language, long id, String caseNumber) {
        URI url = URI.create(browser.driver().getCurrentUrl());
        assertEquals("/valvonta/complaints/complaint.xhtml", url.getPath(), "the same view in " + language);
        assertEquals("id=" + id, url.getQuery(), "the same case in " + language);
        assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("state"), text(language, "complaint.state.REGISTERED")));
        assertEquals(text(language, "complaint.title") + " " + caseNumber,
                browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(text(language, "complaint.section.actions"),
                browser.driver().findElement(By.cssSelector("#actions\\:actionPanel .ui-panel-title")).getText());
    }

    private static void assertListPage(Browser browser, String language) {
        URI url = URI.create(browser.driver().getCurrentUrl());
        assertEquals("/valvonta/complaints/list.xhtml", url.getPath(), "the same view in " + language);
        assertEquals("inbox=UNASSIGNED", url.getQuery(), "the same filter in " + language);
        assertEquals(text(language, "complaint.list.title"), browser.driver().findElement(By.tagName("h1")).getText());
        // the inbox choice is a radio group: the label of the checked radio
        String unassigned = text(language, "complaint.inbox.UNASSIGNED");
        browser.waiting().until(d -> {
            String id = d.findElement(By.cssSelector("#list\\:inbox input[type=radio]:checked")).getAttribute("id");
            return unassigned.equals(d.findElement(By.cssSelector("label[for='" + id + "']")).getText());
        });
    }
}
