package fi.valvonta.it.measure;

import fi.valvonta.it.support.Browser;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static fi.valvonta.it.measure.MeasureFixtures.DECIDER;
import static fi.valvonta.it.measure.MeasureFixtures.INSPECTOR;
import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measure page in Swedish: the bilingual municipality by its Swedish name (Raseborg, not Raasepori),
 * the presenter and the decider by name, every date as Finland-Swedish writes it (2.8.2024, never ISO), and
 * the service date entered with the date picker's calendar, which the page then shows the same way; the register
 * of measures offers the municipality by its Swedish name.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureSwedishBrowserIT {

    private static final String SV = "sv";
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void aDecidedGuidanceToRaseborgIsShownAndServedInSwedish() throws Exception {
        long raasepori = MeasureFixtures.municipality("Raasepori");
        long id = MeasureFixtures.draftNew(raasepori, "GUIDANCE", "\"guidanceKind\":\"OPINION\"").getInt("id");
        MeasureFixtures.ok(INSPECTOR.post("/measures/" + id + "/propose", null));
        MeasureFixtures.decide(DECIDER, id, "2024-08-02");
        LocalDate today = TestClock.today();
        String path = "/measures/measure.xhtml?id=" + id;

        try (Browser browser = new Browser()) {
            browser.open(path);
            browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
            browser.switchLanguage(SV);
            browser.login("tarkastaja", "demo");
            browser.waiting().until(ExpectedConditions.urlContains(path));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("state"), text(SV, "measureState.DECIDED")));

            String entity = browser.driver().findElement(By.id("entity")).getText();
            assertTrue(entity.contains("Raseborg") && !entity.contains("Raasepori"), entity);
            assertTrue(browser.driver().findElement(By.id("presenter")).getText().contains("Tarkastaja Tiina"),
                    "the presenter by name");
            String decider = browser.driver().findElement(By.id("decider")).getText();
            assertTrue(decider.contains("Ratkaisija Riitta") && decider.contains("2.8.2024"), decider);
            assertFalse(decider.contains("2024-08-02") || decider.contains("ratkaisija"), decider);

            // the service date with the calendar: the month shown is this month (its first day typed), the day clicked
            WebElement input = browser.driver().findElement(By.id("actionForm:date_input"));
            input.clear();
            input.sendKeys(D.format(today.withDayOfMonth(1)));
            browser.driver().findElement(By.cssSelector("#actionForm\\:date .ui-datepicker-trigger")).click();
            By panel = By.id("actionForm:date_panel");
            browser.awaitOverlayOpen(panel);
            String calendar = browser.driver().findElement(panel).getText();
            assertTrue(calendar.toLowerCase().contains(swedishMonth(today)), "the calendar speaks Swedish: " + calendar);
            browser.driver().findElement(By.xpath("//*[@id='actionForm:date_panel']//td[not(contains(@class,'ui-datepicker-other-month'))]"
                    + "/*[normalize-space()='" + today.getDayOfMonth() + "']")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("actionForm:date_input"), "value", D.format(today)));
            browser.screenshot("measure-sv-datepicker");

            browser.driver().findElement(By.id("actionForm:serve")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("state"), text(SV, "measureState.SERVED")));
            String service = browser.driver().findElement(By.id("service")).getText();
            assertTrue(service.contains(D.format(today)), service);
            String page = browser.driver().findElement(By.id("detail")).getText();
            assertFalse(ISO_DATE.matcher(page).find(), "no ISO date on the page: " + page);
            browser.screenshot("measure-sv-served");
            String caseNumber = browser.driver().findElement(By.tagName("h1")).getText().replaceAll(".* ", "");

            // the register of measures offers the municipality by its Swedish name too
            browser.open("/measures/index.xhtml");
            browser.selectOne("register:entity", "Raseborg");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:measures"), caseNumber));
        }

        assertEquals(today.toString(), INSPECTOR.get("/measures/" + id).json().getString("servedOn"));
    }

    /** The month's name as the Swedish calendar writes it (e.g. "december"). */
    private static String swedishMonth(LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.forLanguageTag("sv"));
    }
}
