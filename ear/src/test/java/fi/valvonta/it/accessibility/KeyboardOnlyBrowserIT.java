package fi.valvonta.it.accessibility;

import fi.valvonta.it.measure.MeasureFixtures;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.EmploymentAreas;
import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1.1 (Keyboard): a registrar registers a complaint, and a decision maker decides a measure that an inspector
 * has presented, with the keyboard alone: Selenium sends only Tab, Shift+Tab, Enter, Space, the arrow keys and the
 * characters typed into the field that has the focus; it never clicks and never sets a field's value. The test opens
 * pages by their address, as a person types it. What was saved is then read back through the API.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardOnlyBrowserIT {

    /** Tab presses allowed to reach one control: a page's whole tab order is shorter. */
    private static final int MAX_TABS = 150;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    private static final String AREA = "Espoo-Kauniainen";

    @Test
    void aRegistrarRegistersAComplaintWithTheKeyboardAlone() throws Exception {
        String description = "Näppäimistöllä kirjattu kantelu " + UUID.randomUUID();
        LocalDate today = TestClock.today();
        String caseUrl;
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            signIn(browser, "kirjaamo");
            browser.open("/complaints/register.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("registration:received_input")));

            tabTo(browser, "registration:received_input");
            type(d, today.getDayOfMonth() + "." + today.getMonthValue() + "." + today.getYear());
            tabTo(browser, "registration:name");
            type(d, "Kaisa Näppäimistö");
            tabTo(browser, "registration:email");
            type(d, "kaisa.nappaimisto@example.fi");

            // the employment area (conduct two months ago is the area's, not its municipality's): open the list
            // (Alt+Down, the combobox's key; else Space or Enter), type into its filter, choose with the arrow key and Enter
            tabTo(browser, "registration:entity_label");
            openList(browser, By.id("registration:entity_panel"));
            browser.waiting().until(dr -> "registration:entity_filter".equals(focused(dr).getAttribute("id")));
            type(d, "Espoo-Kau");
            // the filter has left the area and few else; Down moves the highlight until it, Enter chooses it
            By items = By.cssSelector("#registration\\:entity_items li.ui-selectonemenu-item");
            browser.waiting().until(dr -> {
                List<String> shown = dr.findElements(items).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
                return shown.contains(AREA) && shown.size() <= 3;
            });
            By highlighted = By.cssSelector("#registration\\:entity_items li.ui-state-highlight");
            for (int i = 0; i < 4; i++) {
                List<WebElement> h = d.findElements(highlighted);
                if (!h.isEmpty() && h.get(0).isDisplayed() && AREA.equals(h.get(0).getText())) {
                    break;
                }
                press(d, Keys.ARROW_DOWN);
            }
            press(d, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("registration:entity_label"), AREA));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("registration:entity_panel")));

            tabTo(browser, "registration:conductFrom_input");
            LocalDate conduct = today.minusMonths(2);
            type(d, conduct.getDayOfMonth() + "." + conduct.getMonthValue() + "." + conduct.getYear());
            // a theme: Space ticks the focused check box
            tabTo(browser, "registration:themes:0");
            press(d, Keys.SPACE);
            browser.waiting().until(dr -> focused(dr).isSelected());
            tabTo(browser, "registration:description");
            type(d, description);
            browser.screenshot("keyboard-register-filled");

            tabTo(browser, "registration:register");
            press(d, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.urlContains("/complaints/complaint.xhtml?id="));
            browser.screenshot("keyboard-registered");
            caseUrl = d.getCurrentUrl();
        }
        // saved as typed
        String id = caseUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        JsonObject complaint = Api.as("kirjaamo").get("/complaints/" + id).json();
        assertEquals(description, complaint.getString("description"), complaint.toString());
        assertEquals(EmploymentAreas.referenceId(AREA), complaint.getJsonNumber("entityId").longValue(), complaint.toString());
        assertEquals(today.toString(), complaint.getString("receivedDate"), complaint.toString());
        assertTrue(complaint.toString().contains("kaisa.nappaimisto@example.fi"), complaint.toString());
    }

    @Test
    void aDecisionMakerDecidesAPresentedMeasureWithTheKeyboardAlone() throws Exception {
        // the inspector (presenter) drafts and proposes; the decision maker decides in the browser
        long id = MeasureFixtures.draftNew(Complaints.ESPOO, "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"").getInt("id");
        MeasureFixtures.ok(MeasureFixtures.INSPECTOR.post("/measures/" + id + "/propose", null));
        LocalDate today = TestClock.today();
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            signIn(browser, "ratkaisija");
            browser.open("/measures/measure.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("actionForm:decide")));
            tabTo(browser, el -> String.valueOf(el.getAttribute("id")).startsWith("actionForm:decidedOn"), "the decision date");
            type(d, today.getDayOfMonth() + "." + today.getMonthValue() + "." + today.getYear());
            tabTo(browser, "actionForm:dissent");
            type(d, "Eriävä mielipide näppäimistöltä.");
            browser.screenshot("keyboard-decide-filled");
            tabTo(browser, "actionForm:decide");
            press(d, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionForm:decide")));
            browser.screenshot("keyboard-decided");
        }
        JsonObject measure = MeasureFixtures.DECIDER.get("/measures/" + id).json();
        assertEquals("DECIDED", measure.getString("state"), measure.toString());
        assertEquals("ratkaisija", measure.getString("decider"));
        assertEquals(today.toString(), measure.getString("decidedOn"));
    }

    /** Opens the focused combobox's list by the keys a keyboard user tries: Alt+Down, then Space, then Enter. */
    private static void openList(Browser browser, By panel) {
        WebDriver d = browser.driver();
        List<Runnable> tries = List.of(() -> new Actions(d).keyDown(Keys.ALT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.ALT).perform(),
                () -> press(d, Keys.SPACE), () -> press(d, Keys.ENTER));
        for (Runnable key : tries) {
            key.run();
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(3))
                        .until(ExpectedConditions.visibilityOfElementLocated(panel));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                // the next key
            }
        }
        throw new AssertionError("the list " + panel + " does not open with Alt+Down, Space or Enter");
    }

    /** Signs in on the login page with the keyboard: Tab to each field, type, Enter. */
    private static void signIn(Browser browser, String user) {
        WebDriver d = browser.driver();
        browser.open("/login.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        tabTo(browser, "login:username");
        type(d, user);
        tabTo(browser, el -> String.valueOf(el.getAttribute("id")).startsWith("login:password"), "the password");
        type(d, "demo");
        press(d, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    private static void tabTo(Browser browser, String id) {
        tabTo(browser, el -> id.equals(el.getAttribute("id")), id);
    }

    /**
     * Presses Tab until the focused element is the one sought, as a keyboard user moves through the page; fails
     * with the tab order seen when it is not reached.
     */
    private static void tabTo(Browser browser, Predicate<WebElement> sought, String what) {
        WebDriver d = browser.driver();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement now = focused(d);
            if (sought.test(now)) {
                return;
            }
            seen.add(now.getTagName() + "#" + now.getAttribute("id"));
            press(d, Keys.TAB);
        }
        throw new AssertionError(what + " is not reached with Tab; the tab order seen: " + seen);
    }

    private static WebElement focused(WebDriver d) {
        return d.switchTo().activeElement();
    }

    private static void press(WebDriver d, CharSequence key) {
        new Actions(d).sendKeys(key).perform();
    }

    /** Types into the element that has the focus. */
    private static void type(WebDriver d, String text) {
        new Actions(d).sendKeys(text).perform();
    }
}
