package fi.valvonta.it.platform;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Users;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page of each role, saved as a screenshot for review (target/screenshots/home-*.png); a person
 * clicks each count and finds the list of exactly that many; and selects complaints on the case list to
 * assign them to an inspector in one go.
 */
@ExtendWith(ArquillianExtension.class)
class MyWorkBrowserIT {

    private final Api registrar = Api.as("kirjaamo");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void eachRolesHomePageCountsItsWorkAndEachCountOpensTheListOfThatMany() throws Exception {
        // an inspector of the test's own, with one of each kind of work the browser can make
        String name = Users.uniqueName("koti");
        Users.create(name, "INSPECTOR");
        Api me = Api.as(name, Users.PASSWORD);
        LocalDate today = TestClock.today();
        assignedTo(name, today.minusMonths(8).minusDays(10)); // overdue
        assignedTo(name, today.minusMonths(8).plusDays(2)); // due in two days
        long hearing = draft(me, "ORDER", "\"deadline\":\"2024-10-31\"");
        ok(me.post("/measures/" + hearing + "/hearing", "{\"requestedOn\":\"2024-08-01\",\"deadline\":\"2024-08-15\"}"));
        long toServe = draft(me, "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"");
        ok(me.post("/measures/" + toServe + "/propose", null));
        ok(Api.as("ratkaisija").post("/measures/" + toServe + "/decide", "{}"));
        Api.Reply inspection = me.post("/inspections", """
                {"entityId":%d,"type":"DESK_REVIEW","scheduledOn":"%s","inspectors":["%s"]}""".formatted(Complaints.ESPOO, today, name));
        assertEquals(201, inspection.status(), inspection.toString());

        try (Browser browser = new Browser()) {
            Map<String, Long> counts = homePage(browser, name, Users.PASSWORD, "home-own-inspector", true);
            assertEquals(Map.of("COMPLAINTS_OVERDUE", 1L, "COMPLAINTS_DUE_SOON", 1L, "STATEMENTS_OVERDUE", 0L,
                    "HEARINGS_OVERDUE", 1L, "MEASURES_TO_SERVE", 1L, "MEASURES_AWAITING_FINALITY", 0L, "FOLLOW_UPS_DUE", 0L,
                    "INSPECTIONS_THIS_MONTH", 1L), counts);
            browser.logout();

            // the demo users, one per role (and the decision maker who also presents): the page shows GET /me/work;
            // the registry's and the decision maker's counts are clicked too (the inspector's lists are above)
            Map<String, String> roles = new LinkedHashMap<>();
            roles.put("kirjaamo", "home-REGISTRAR");
            roles.put("tarkastaja", "home-INSPECTOR");
            roles.put("ratkaisija", "home-DECISION_MAKER");
            roles.put("ratkaisija2", "home-DECISION_MAKER-INSPECTOR");
            roles.put("admin", "home-ADMIN");
            roles.put("auditor", "home-AUDITOR");
            for (Map.Entry<String, String> role : roles.entrySet()) {
                String user = role.getKey();
                boolean click = user.equals("kirjaamo") || user.equals("ratkaisija");
                assertEquals(workOf(Api.as(user)), homePage(browser, user, "demo", role.getValue(), click), user);
                browser.logout();
            }
        }
    }

    @Test
    void severalComplaintsAreAssignedToAnInspectorInOneActionEachReported() throws Exception {
        String inspector = Users.uniqueName("jako");
        Users.create(inspector, "INSPECTOR");
        String received = TestClock.today().toString();
        List<JsonObject> complaints = List.of(register(received), register(received), register(received));
        try (Browser browser = new Browser()) {
            browser.login("kirjaamo", "demo");
            browser.open("/complaints/list.xhtml?inbox=UNASSIGNED");
            WebDriver d = browser.driver();
            for (JsonObject c : complaints) {
                WebElement row = browser.rowWith("list:complaints", c.getString("caseNumber"));
                WebElement box = row.findElement(By.cssSelector("td.ui-selection-column [role=checkbox]"));
                assertTrue(box.getAttribute("aria-label").contains(c.getString("caseNumber")),
                        "each checkbox names its case: " + box.getAttribute("aria-label"));
                box.click();
                browser.waiting().until(d2 -> row.getAttribute("aria-selected").equals("true"));
            }
            // meanwhile someone else takes up the last one
            long taken = complaints.get(2).getInt("id");
            Complaints.ok(registrar, taken, "assign", "{\"assignee\":\"tarkastaja\"}");

            browser.selectOne("list:bulkAssignee", "IT " + inspector);
            d.findElement(By.id("list:assignSelected")).click();
            WebElement results = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("list:bulkResultTable")));
            browser.screenshot("bulk-assign-fi");
            List<WebElement> rows = results.findElements(By.cssSelector("tbody > tr"));
            assertEquals(3, rows.size(), results.getText());
            assertEquals(2, results.findElements(By.cssSelector(".bulk-ok")).size(), results.getText());
            assertEquals(1, results.findElements(By.cssSelector(".bulk-refused")).size(), results.getText());
            WebElement refused = rows.stream().filter(r -> r.getText().contains(complaints.get(2).getString("caseNumber")))
                    .findFirst().orElseThrow();
            assertEquals(1, refused.findElements(By.cssSelector(".bulk-refused")).size(), "the changed one: " + refused.getText());
        }
        assertEquals(inspector, registrar.get("/complaints/" + complaints.get(0).getInt("id")).json().getString("assignee"));
        assertEquals(inspector, registrar.get("/complaints/" + complaints.get(1).getInt("id")).json().getString("assignee"));
        assertEquals("tarkastaja", registrar.get("/complaints/" + complaints.get(2).getInt("id")).json().getString("assignee"));
    }

    /**
     * The list's filters on a case number: the state and theme menus (each with its named converter) and the overdue
     * menu narrow the table to the complaint or to nothing, and its row shows its texts in Finnish.
     */
    @Test
    void theListsStateThemeAndOverdueFiltersNarrowTheTable() throws Exception {
        JsonObject c = Complaints.register(registrar, Complaints.body().received(TestClock.today().toString()));
        String number = c.getString("caseNumber");
        try (Browser browser = new Browser()) {
            browser.login("kirjaamo", "demo");
            browser.open("/complaints/list.xhtml");
            WebDriver d = browser.driver();
            By rows = By.cssSelector("#list\\:complaints_data > tr");
            WebElement caseNumber = d.findElement(By.id("list:caseNumber"));
            caseNumber.sendKeys(number);
            browser.waiting().until(x -> shows(x, rows, number) && x.findElements(rows).size() == 1);
            String row = d.findElements(rows).get(0).getText();
            assertTrue(row.contains("kirjattu") && row.contains("tietosuoja"), row);

            browser.selectOne("list:state", "valmistelussa");
            browser.waiting().until(x -> shows(x, rows, "Ei rivejä."));
            browser.selectOne("list:state", "kirjattu");
            browser.waiting().until(x -> shows(x, rows, number));
            browser.selectOne("list:theme", "kielelliset oikeudet");
            browser.waiting().until(x -> shows(x, rows, "Ei rivejä."));
            browser.selectOne("list:theme", "tietosuoja");
            browser.waiting().until(x -> shows(x, rows, number));
            browser.selectOne("list:overdue", "kyllä");
            browser.waiting().until(x -> shows(x, rows, "Ei rivejä."));
            browser.selectOne("list:overdue", "ei");
            browser.waiting().until(x -> shows(x, rows, number));
        }
    }

    /** Whether the table's first row shows {@code text} (false while an AJAX update replaces the rows). */
    private static boolean shows(WebDriver d, By rows, String text) {
        try {
            List<WebElement> shown = d.findElements(rows);
            return !shown.isEmpty() && shown.get(0).getText().contains(text);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        }
    }

    /**
     * Signs in, saves the home page as {@code screenshot}, and with {@code click} clicks each count in turn and
     * counts the rows of the list it opens: the count. Returns the counts by item code.
     */
    private static Map<String, Long> homePage(Browser browser, String user, String password, String screenshot,
                                              boolean click) throws Exception {
        browser.login(user, password);
        browser.open("/index.xhtml");
        WebDriver d = browser.driver();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("myWork")));
        assertFalse(d.findElement(By.id("agency")).getText().isBlank(), "the agency heads the page");
        assertFalse(d.findElement(By.id("prefix")).getText().isBlank());
        browser.screenshot(screenshot);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> ids = d.findElements(By.cssSelector("a[id^='work-']")).stream().map(a -> a.getAttribute("id")).toList();
        boolean home = true;
        for (String id : ids) {
            if (!home) {
                browser.open("/index.xhtml");
            }
            WebElement link = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
            long count = Long.parseLong(link.getText().strip());
            assertTrue(link.getAttribute("aria-label").endsWith(": " + count), link.getAttribute("aria-label"));
            if (click) {
                link.click();
                browser.awaitReplaced(link);
                assertEquals(count, rowsOfTheList(browser), id + " of " + user + " at " + d.getCurrentUrl());
                home = false;
            }
            counts.put(id.substring("work-".length()), count);
        }
        return counts;
    }

    /** The rows of the list page the browser is on: the complaint list's total, or the rows of the measure or inspection list. */
    private static long rowsOfTheList(Browser browser) {
        WebDriver d = browser.driver();
        String url = d.getCurrentUrl();
        String paged;
        if (url.contains("/complaints/list.xhtml")) {
            paged = "#list\\:complaints";
        } else if (url.contains("/inspection/inspections.xhtml")) {
            paged = "#inspections";
        } else if (url.contains("/measures/index.xhtml")) {
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queues\\:queue_data")));
            return d.findElements(By.cssSelector("#queues\\:queue_data > tr:not(.ui-datatable-empty-message)")).size();
        } else {
            throw new AssertionError("a count opened " + url);
        }
        // the paginator's report: "1–25 / 132"
        WebElement report = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(paged + " .ui-paginator-current")));
        String text = report.getText().strip();
        return Long.parseLong(text.substring(text.lastIndexOf('/') + 1).strip());
    }

    /** The counts of {@code GET /me/work} by item code, as the home page should show them. */
    static Map<String, Long> workOf(Api api) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonValue v : api.get("/me/work").json().getJsonArray("items")) {
            counts.put(v.asJsonObject().getString("code"), v.asJsonObject().getJsonNumber("count").longValue());
        }
        return counts;
    }

    private void assignedTo(String inspector, LocalDate received) {
        long id = Complaints.register(registrar, Complaints.body().received(received.toString())).getInt("id");
        Complaints.ok(registrar, id, "assign", "{\"assignee\":\"" + inspector + "\"}");
    }

    private JsonObject register(String received) {
        return Complaints.register(registrar, Complaints.body().received(received));
    }

    private static long draft(Api inspector, String type, String extra) {
        Api.Reply r = inspector.post("/measures", """
                {"entityId":%d,"subject":"IT etusivu %s","origin":"OWN_INITIATIVE","type":"%s",\
                "facts":"Asiakkaiden palvelutarpeen arviointi on viivästynyt.","legalBasis":"Hallintolaki 23 §",\
                "reasoning":"Viivästys vaarantaa asiakkaiden oikeudet.","decision":"Arvioinnit on saatettava ajan tasalle.",%s}"""
                .formatted(type.equals("ORDER") ? Complaints.RAASEPORI : Complaints.ESPOO, UUID.randomUUID(), type, extra));
        assertEquals(201, r.status(), r.toString());
        return r.json().getInt("id");
    }

    private static void ok(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
    }
}
