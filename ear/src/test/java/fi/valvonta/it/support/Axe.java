package fi.valvonta.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core (Deque, from the npm registry; the test command fetches it, see ear/pom.xml) run in the page the
 * browser shows, with the rules of WCAG 2.0 and 2.1 levels A and AA: what EN 301 549 requires of a web
 * service under laki 306/2019 (digitaalisten palvelujen tarjoamisesta).
 */
public final class Axe {

    /** The WCAG 2.0 and 2.1 A and AA rules: EN 301 549 V3.2.1 clause 9 (laki 306/2019, 7 §). */
    public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The impacts that fail a test. */
    public static final Set<String> FAILING = Set.of("serious", "critical");

    private static String source;

    private Axe() {
    }

    /** One violated rule on one page: its id, impact, help text and the elements (CSS selectors) that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + targets;
        }
    }

    private static synchronized String source() throws IOException {
        if (source == null) {
            String file = System.getProperty("axe.script");
            if (file == null || !Files.isRegularFile(Path.of(file))) {
                throw new IllegalStateException("axe-core not found at " + file
                        + ": the test command fetches it in pre-integration-test (ear/pom.xml, fetch-axe-core)");
            }
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        }
        return source;
    }

    /** Runs the WCAG 2.1 A/AA rules on the page the driver shows; returns every violation, whatever its impact. */
    public static List<Violation> check(WebDriver driver) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(source());
        }
        String tags = String.join("','", WCAG21_AA);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['" + tags + "']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe failed: " + json);
        }
        List<Violation> violations = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                List<String> targets = new ArrayList<>();
                JsonArray nodes = o.getJsonArray("nodes");
                for (JsonValue n : nodes) {
                    targets.add(n.asJsonObject().getJsonArray("target").toString());
                }
                violations.add(new Violation(o.getString("id"), o.isNull("impact") ? "none" : o.getString("impact"),
                        o.getString("help"), targets));
            }
        }
        return violations;
    }

    /** The violations that fail a test: serious or critical. */
    public static List<Violation> failing(List<Violation> all) {
        return all.stream().filter(v -> FAILING.contains(v.impact())).toList();
    }
}
