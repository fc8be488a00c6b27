package fi.valvonta.it.accessibility;

import fi.valvonta.it.measure.MeasureFixtures;
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
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * WCAG 2.1.1 (Keyboard): a decision maker signs in and decides a measure that an inspector has presented, with the
 * keyboard alone: Selenium sends only Tab, Shift+Tab, Enter, Space, the arrow keys and the
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
