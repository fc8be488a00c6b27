package fi.valvonta.it.accessibility;

import fi.valvonta.it.measure.MeasureFixtures;
import fi.valvonta.it.planning.Planning;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Axe;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Laki 306/2019 (digitaalisten palvelujen tarjoamisesta) 7 §: the service meets EN 301 549, whose web clause is
 * WCAG 2.1 level AA. axe-core runs its WCAG 2.0/2.1 A and AA rules on every main page as each demo role sees it,
 * and on the public pages signed out; any serious or critical violation fails the test, with every one printed
 * (and written to target/accessibility/axe-report.txt). Moderate and minor ones are reported, not failed.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    private static long complaintId;
    private static long measureId;
    private static long planId;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void content() {
        // a case, a measure proposed to the decider, and a draft plan, so each page shows what it shows at work
        Api registrar = Api.as("kirjaamo");
        complaintId = Complaints.register(registrar, Complaints.body().received(TestClock.today().toString())).getInt("id");
        Complaints.ok(registrar, complaintId, "assign", "{\"assignee\":\"tarkastaja\"}");
        JsonObject measure = MeasureFixtures.draftNew(Complaints.ESPOO, "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"");
        measureId = measure.getInt("id");
        MeasureFixtures.ok(MeasureFixtures.INSPECTOR.post("/measures/" + measureId + "/propose", null));
        Api inspector = Api.as("tarkastaja");
        planId = Planning.id(Planning.newDraft(inspector, 2024, Planning.id(Planning.newModel(inspector, Map.of())), 300));
    }

    /** The main pages; those of complaints, registering and measures are left out for the roles without access to them. */
    private static Map<String, String> pages(String user) {
        boolean complaintReader = !user.equals("admin");
        boolean registers = user.equals("kirjaamo") || user.equals("tarkastaja");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/index.xhtml");
        if (complaintReader) {
            pages.put("complaint-list", "/complaints/list.xhtml");
            pages.put("complaint", "/complaints/complaint.xhtml?id=" + complaintId);
        }
        if (registers) {
            pages.put("register", "/complaints/register.xhtml");
        }
        if (!user.equals("kirjaamo")) {
            // the registrar has no access to measures (the measure page says only that; the register page breaks off)
            pages.put("measures", "/measures/index.xhtml");
            pages.put("measure", "/measures/measure.xhtml?id=" + measureId);
        }
        pages.put("plans", "/inspection/plans.xhtml?id=" + planId);
        pages.put("inspections", "/inspection/inspections.xhtml");
        pages.put("registry", "/registry/municipalities.xhtml");
        pages.put("employment-areas", "/registry/employment-areas.xhtml");
        pages.put("search", "/search.xhtml?q=Espoo");
        pages.put("statement", "/saavutettavuus.xhtml");
        return pages;
    }

    @Test
    void everyMainPageOfEveryRoleAndThePublicPagesHaveNoSeriousOrCriticalViolation() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int checked = 0;
        Path out = Path.of("target", "accessibility");
        Files.createDirectories(out);
        try (Browser browser = new Browser()) {
            // signed out: the public complaint form, the sign-in page and the accessibility statement
            for (Map.Entry<String, String> page : Map.of("public-form", "/kantelu/index.xhtml", "login", "/login.xhtml",
                    "statement", "/saavutettavuus.xhtml").entrySet()) {
                checked += check(browser, "anonymous", page.getKey(), page.getValue(), failures, report);
            }
            for (String user : List.of("kirjaamo", "tarkastaja", "ratkaisija", "admin", "auditor")) {
                browser.login(user, "demo");
                for (Map.Entry<String, String> page : pages(user).entrySet()) {
                    checked += check(browser, user, page.getKey(), page.getValue(), failures, report);
                }
                browser.open("/index.xhtml");
                browser.logout();
            }
        } finally {
            Files.writeString(out.resolve("axe-report.txt"), report);
            System.out.println(report);
        }
        assertTrue(checked >= 50, "pages checked: " + checked);
        if (!failures.isEmpty()) {
            fail(failures.size() + " serious or critical WCAG 2.1 A/AA violations (axe-core):\n" + String.join("\n", failures));
        }
    }

    /**
     * The statement (laki 306/2019 15 §) in each language, signed out, from the public form's footer: what was tested,
     * the feedback address from configuration, and the supervisory authority.
     */
    @Test
    void theAccessibilityStatementIsLinkedFromThePublicFormAndGivesTheFeedbackChannelInEachLanguage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/kantelu/index.xhtml");
            for (String[] lang : new String[][]{{"fi", "Saavutettavuusseloste", "axe-core 4.10", "Sähköposti"},
                    {"sv", "Tillgänglighetsutlåtande", "axe-core 4.10", "E-post"},
                    {"en", "Accessibility statement", "axe-core 4.10", "E-mail"}}) {
                browser.switchLanguage(lang[0]);
                WebElement link = browser.driver().findElement(By.id("accessibilityStatement"));
                assertEquals(lang[1], link.getText());
                link.click();
                browser.waiting().until(ExpectedConditions.urlContains("/saavutettavuus.xhtml"));
                String text = browser.driver().findElement(By.id("statement")).getText();
                assertEquals(lang[1], browser.driver().findElement(By.tagName("h1")).getText());
                assertTrue(text.contains(lang[2]) && text.contains(lang[3]) && text.contains("WCAG 2.1"), text);
                String mail = browser.driver().findElement(By.id("feedbackEmail")).getAttribute("href");
                assertEquals("mailto:kirjaamo@lvv.fi", mail, "the agency's address by default");
                assertTrue(browser.driver().findElement(By.id("supervisor")).getText().contains("Traficom"), text);
                assertEquals("https://www.saavutettavuusvaatimukset.fi/",
                        browser.driver().findElement(By.id("supervisorWeb")).getAttribute("href"));
                browser.screenshot("a11y-statement-" + lang[0]);
                browser.open("/kantelu/index.xhtml");
            }
        }
    }

    private static int check(Browser browser, String user, String name, String path, List<String> failures,
                             StringBuilder report) throws Exception {
        browser.open(path);
        browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        String url = browser.driver().getCurrentUrl();
        if (url.contains("error.xhtml") || !path.contains("login") && url.contains("login.xhtml")) {
            failures.add(user + " " + name + ": " + path + " did not open (" + url + ")");
            return 0;
        }
        if (browser.driver().findElements(By.cssSelector("footer a#accessibilityStatement[href*='saavutettavuus.xhtml']")).isEmpty()) {
            failures.add(user + " " + name + ": no link to the accessibility statement in the footer");
        }
        List<Axe.Violation> all = Axe.check(browser.driver());
        if (!Axe.failing(all).isEmpty()) {
            browser.screenshot("a11y-" + user + "-" + name); // for whoever reads the failure (56 pages: not every one)
        }
        report.append(user).append(' ').append(name).append(' ').append(path).append(": ")
                .append(all.isEmpty() ? "no violation" : all.size() + " rules violated").append('\n');
        for (Axe.Violation v : all) {
            report.append("    ").append(v).append('\n');
        }
        for (Axe.Violation v : Axe.failing(all)) {
            failures.add(user + " " + name + ": " + v);
        }
        return 1;
    }
}
