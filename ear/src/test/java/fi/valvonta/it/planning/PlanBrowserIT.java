package fi.valvonta.it.planning;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Browser;

import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan page: a decision-maker creates a draft, reads the ranking with its breakdown and the heatmap,
 * tries a what-if and adopts the plan; the auditor sees the plan without any action.
 */
@ExtendWith(ArquillianExtension.class)
class PlanBrowserIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void decisionMakerCreatesReadsTriesAndAdoptsAPlan() throws Exception {
        // the test's own risk model with the default weights (language rights 1), not whichever model is newest
        String model = Planning.newModel(Api.as("tarkastaja"), Map.of()).getString("version");
        try (Browser browser = new Browser()) {
            browser.open("/inspection/plans.xhtml");
            browser.waiting().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.login("ratkaisija", "demo");
            browser.waiting().until(ExpectedConditions.urlContains("/inspection/plans.xhtml"));

            // a fresh draft for 2024 on that model, so the test depends on no other plan or model
            browser.selectOne("createForm:riskModelId", model);
            browser.driver().findElement(By.id("createForm:createDraft")).click();
            browser.waiting().until(ExpectedConditions.urlContains("id="));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("planState"), "luonnos"));
            assertTrue(browser.driver().findElement(By.id("planHeading")).getText().contains("2024/"));
            assertTrue(browser.driver().findElement(By.id("planPanel")).getText().contains(model), "drafted on " + model);

            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#entriesForm\\:entries_data > tr"));
            assertEquals(25, rows.size(), "first page of the ranking");
            assertTrue(rows.get(0).getText().startsWith("1"), rows.get(0).getText());
            List<WebElement> heat = browser.driver().findElements(By.cssSelector("#heatmap tbody tr"));
            assertEquals(118, heat.size(), "every municipality supervised in 2024");
            assertTrue(heat.get(0).findElement(By.cssSelector("td.cell")).getAttribute("style").contains("background-color"));
            assertTrue(browser.driver().findElements(By.cssSelector("#riskChart .risk-bar.in-plan")).size() > 0);

            // why this number: the first entity's breakdown
            rows.get(0).findElement(By.cssSelector(".ui-row-toggler")).click();
            WebElement breakdown = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#entriesForm\\:entries .breakdown")));
            assertTrue(breakdown.getText().contains("Perustodennäköisyys"), breakdown.getText());
            assertTrue(breakdown.getText().contains("Kielelliset oikeudet"));
            // the explanations are in Finnish too, not only the labels
            assertTrue(breakdown.getText().contains("kaikille valvottaville yhteinen lähtötaso"), breakdown.getText());
            assertTrue(breakdown.getText().contains("Kokonaisriski"), breakdown.getText());
            browser.screenshot("plan-draft-fi");

            // what-if: language rights weigh ten times; the variant's ranks appear beside the plan's
            WebElement lr = browser.driver().findElement(By.id("whatIfForm:w:2:weight_input"));
            lr.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10", Keys.TAB);
            browser.driver().findElement(By.id("whatIfForm:computeWhatIf")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("entriesForm:entries"), "Sija vaihtoehdossa"));
            assertTrue(browser.driver().findElements(By.cssSelector("#entriesForm\\:entries .up, #entriesForm\\:entries .down")).size() > 0,
                    "some entity moves in the variant");
            // Raasepori, bilingual with a Swedish-speaking majority (kielilaki 423/2003 5 §), climbs: the page shows
            // the variant rank the API computes for the same draft and weights, marked as a move up
            long planId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            JsonObject shift = Api.as("ratkaisija").post("/plans/" + planId + "/what-if",
                            "{\"dimensionWeights\":{\"LANGUAGE_RIGHTS\":10}}").array().stream()
                    .map(JsonValue::asJsonObject).filter(s -> s.getString("name").equals("Raasepori"))
                    .findFirst().orElseThrow();
            assertTrue(shift.getInt("variantRank") < shift.getInt("baselineRank"), shift.toString());
            WebElement raasepori = browser.rowWith("entriesForm:entries", "Raasepori");
            List<WebElement> cells = raasepori.findElements(By.tagName("td"));
            assertEquals(String.valueOf(shift.getInt("baselineRank")), cells.get(1).getText(), raasepori.getText());
            assertTrue(cells.get(2).getText().startsWith(String.valueOf(shift.getInt("variantRank"))), raasepori.getText());
            assertEquals(1, cells.get(2).findElements(By.cssSelector(".up")).size(), raasepori.getText());
            browser.screenshot("plan-what-if-fi");

            // keep the what-if: the weights become a new risk model version the draft now uses
            String version = "IT-selain-" + UUID.randomUUID().toString().substring(0, 8);
            browser.driver().findElement(By.id("whatIfForm:newModelVersion")).sendKeys(version);
            browser.driver().findElement(By.id("whatIfForm:saveWeights")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("planPanel"), version));
            assertEquals("10,00", browser.driver().findElement(By.id("whatIfForm:w:2:weight_input")).getAttribute("value"));

            browser.driver().findElement(By.id("actions:adopt")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("planState"), "hyväksytty"));
            assertEquals("DEMO Ratkaisija Riitta", browser.driver().findElement(By.id("adoptedBy")).getText(), "by name");
            assertTrue(browser.driver().findElements(By.id("actions:adopt")).isEmpty(), "an adopted plan is not adopted again");
            assertEquals(1, browser.driver().findElements(By.id("actions:revise")).size());
            browser.screenshot("plan-adopted-fi");
        }
    }

    @Test
    void auditorSeesThePlanWithoutActions() throws Exception {
        // the test's own draft, on its own risk model, not whichever plan is newest
        Api inspector = Api.as("tarkastaja");
        JsonObject draft = Planning.newDraft(inspector, 2024, Planning.id(Planning.newModel(inspector, Map.of())), 300);
        try (Browser browser = new Browser()) {
            browser.login("auditor", "demo");
            browser.open("/inspection/plans.xhtml?id=" + Planning.id(draft));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("planState")));
            assertEquals("luonnos", browser.driver().findElement(By.id("planState")).getText());
            assertTrue(browser.driver().findElement(By.id("planHeading")).getText().contains("2024/" + draft.getInt("planVersion") + ":"),
                    browser.driver().findElement(By.id("planHeading")).getText());
            assertTrue(browser.driver().findElements(By.cssSelector("#entriesForm\\:entries_data > tr")).size() > 0);
            assertTrue(browser.driver().findElements(By.id("actions:adopt")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("actions:revise")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("createForm")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("whatIfForm:saveCapacity")).isEmpty());
        }
    }
}
