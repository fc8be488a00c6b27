package fi.valvonta.it.platform;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The living demo agency as the run command starts it (the Failsafe execution {@code demo-agency}: a server of its
 * own in demo mode with {@code valvonta.demo.agency=true}): once the background seeding is done, every role's home
 * page has work to show, saved as a screenshot for review (target/screenshots/demo-home-*.png), and the case list
 * shows DEMO complaints in Finnish and Swedish.
 */
@Tag("demo-agency")
@ExtendWith(ArquillianExtension.class)
class DemoAgencyBrowserIT {

    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void everyRoleFindsWorkOnItsHomePageOnFirstStart() throws Exception {
        JsonObject status = seeded();
        assertEquals("DONE", status.getString("state"), status.toString());
        assertEquals(status.getInt("complaintsPlanned"), status.getJsonNumber("complaintsPresent").intValue(), status.toString());

        // the registrar has new complaints to assign, the inspector overdue cases, hearings and follow-ups, the
        // decision maker proposals to decide
        Map<String, List<String>> busy = new LinkedHashMap<>();
        busy.put("kirjaamo", List.of("UNASSIGNED_COMPLAINTS"));
        busy.put("tarkastaja", List.of("COMPLAINTS_OVERDUE", "MEASURES_AWAITING_FINALITY", "FOLLOW_UPS_DUE"));
        busy.put("ratkaisija", List.of("COMPLAINTS_TO_DECIDE", "MEASURES_TO_DECIDE"));
        try (Browser browser = new Browser()) {
            for (Map.Entry<String, List<String>> role : busy.entrySet()) {
                Map<String, Long> counts = homePage(browser, role.getKey());
                assertEquals(MyWorkBrowserIT.workOf(Api.as(role.getKey())), counts, role.getKey());
                assertTrue(counts.values().stream().mapToLong(Long::longValue).sum() > 0, role.getKey() + ": " + counts);
                for (String code : role.getValue()) {
                    assertTrue(counts.getOrDefault(code, 0L) > 0, role.getKey() + " " + code + ": " + counts);
                }
                browser.logout();
            }

            browser.login("tarkastaja", "demo");
            browser.open("/complaints/list.xhtml");
            WebElement table = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:complaints")));
            assertTrue(table.getText().contains("DEMO/"), "DEMO case numbers in the list");
            browser.screenshot("demo-complaint-list");
        }
    }

    /** The seeding's status once it is no longer waiting or running (it takes about a minute here). */
    private JsonObject seeded() throws InterruptedException {
        long until = System.nanoTime() + 6 * 60 * 1_000_000_000L;
        while (true) {
            JsonObject status = admin.get("/demo-agency").json();
            String state = status.getString("state");
            if (!(state.equals("WAITING") || state.equals("RUNNING")) || System.nanoTime() > until) {
                return status;
            }
            Thread.sleep(2000);
        }
    }

    private static Map<String, Long> homePage(Browser browser, String user) throws Exception {
        browser.login(user, "demo");
        browser.open("/index.xhtml");
        WebDriver d = browser.driver();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("myWork")));
        browser.screenshot("demo-home-" + user);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement link : d.findElements(By.cssSelector("a[id^='work-']"))) {
            counts.put(link.getAttribute("id").substring("work-".length()), Long.parseLong(link.getText().strip()));
        }
        return counts;
    }
}
