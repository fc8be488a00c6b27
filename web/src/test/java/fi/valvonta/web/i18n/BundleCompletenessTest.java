package fi.valvonta.web.i18n;

import fi.valvonta.model.complaint.ScreeningCode;
import fi.valvonta.model.complaint.ScreeningWeight;
import fi.valvonta.model.inspection.InspectionAction;
import fi.valvonta.model.planning.PlanAction;
import fi.valvonta.model.planning.SelectionReason;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.StaleVersionException;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.EntityRiskScore;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.risk.RiskScorer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every UI text exists in Finnish, Swedish and English, every key a view uses exists, and every rule code,
 * screening finding and risk factor (enumerated from the model and the services) has its text in all three.
 */
class BundleCompletenessTest {

    private static final String[] LANGUAGES = {"_fi", "_sv", "_en"};

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void finnishSwedishAndEnglishHaveTheSameKeysAndTheBaseNone() throws IOException {
        Set<String> fi = load("_fi").stringPropertyNames();
        assertEquals(new TreeSet<>(fi), new TreeSet<>(load("_sv").stringPropertyNames()), "sv");
        assertEquals(new TreeSet<>(fi), new TreeSet<>(load("_en").stringPropertyNames()), "en");
        // the base bundle is no copy of Finnish: the UI asks only for fi, sv or en
        assertEquals(Set.of(), load("").stringPropertyNames(), "base");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String suffix : new String[]{"_fi", "_sv", "_en"}) {
            Properties p = load(suffix);
            p.stringPropertyNames().forEach(k -> assertTrue(!p.getProperty(k).isBlank(), suffix + " " + k));
        }
    }

    @Test
    void everyLiteralKeyUsedByAViewExists() throws IOException {
        Set<String> keys = load("_fi").stringPropertyNames();
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.\\-]+)'\\]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    /**
     * Every rule code the domain and the services raise has its message in each of the three bundles
     * ({@code error.<code>}, or its family's {@code error.csv} for {@code csv.header}, as the UI and the API
     * read them), so neither ever shows a bare code or an English log text. The codes are enumerated from the
     * sources: literals ({@code new RuleViolationException("plan.locked", …)}), constants
     * ({@code new ConflictException(ILLEGAL_TRANSITION, …)}, {@code ComplaintWorkflow.ILLEGAL_TRANSITION}),
     * the plan actions' refusal codes and the codes of the exceptions themselves (not-found, stale-version).
     */
    @Test
    void everyRuleCodeRaisedHasAMessage() throws IOException {
        Pattern raised = Pattern.compile("(?:RuleViolation|Conflict|Forbidden|Unavailable|TooManyRequests)Exception"
                + "\\(\\s*(?:\"([a-z0-9.\\-]+)\"|(?:([A-Z][A-Za-z0-9]*)\\.)?([A-Z][A-Z0-9_]+)\\b)");
        Pattern constant = Pattern.compile("static final String ([A-Z][A-Z0-9_]+)\\s*=\\s*\"([a-z0-9.\\-]+)\"");
        Map<String, String> files = new TreeMap<>();
        for (String root : new String[] {"../model/src/main/java", "../ejb/src/main/java", "src/main/java"}) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files.put(f.toString(), Files.readString(f));
                }
            }
        }
        // CLASS.NAME -> code, for every String constant that looks like a code
        Map<String, String> constants = new HashMap<>();
        files.forEach((path, source) -> {
            String type = Path.of(path).getFileName().toString().replace(".java", "");
            Matcher m = constant.matcher(source);
            while (m.find()) {
                constants.put(type + "." + m.group(1), m.group(2));
            }
        });
        Map<String, String> codes = new TreeMap<>(); // code -> where it is raised
        Set<String> unresolved = new TreeSet<>();
        files.forEach((path, source) -> {
            String type = Path.of(path).getFileName().toString().replace(".java", "");
            Matcher m = raised.matcher(source);
            while (m.find()) {
                if (m.group(1) != null) {
                    codes.put(m.group(1), type);
                } else {
                    String name = (m.group(2) != null ? m.group(2) : type) + "." + m.group(3);
                    String code = constants.get(name);
                    if (code == null) {
                        unresolved.add(type + ": " + name);
                    } else {
                        codes.put(code, type);
                    }
                }
            }
        });
        for (PlanAction action : PlanAction.values()) {
            codes.put(action.refusalCode(), "PlanAction." + action);
        }
        codes.put(new NotFoundException("x", 1).code(), "NotFoundException");
        codes.put(StaleVersionException.CODE, "StaleVersionException");
        codes.put(InspectionAction.REFUSAL_CODE, "InspectionAction");

        assertTrue(codes.size() > 150, "the scan finds the codes (" + codes.size() + ")");
        assertTrue(constants.containsValue("complaint.illegal-transition"), "the scan resolves constants");
        assertTrue(unresolved.isEmpty(), "codes raised through a constant the scan cannot read: " + unresolved);
        for (String suffix : LANGUAGES) {
            Set<String> keys = load(suffix).stringPropertyNames();
            Set<String> missing = new TreeSet<>();
            codes.forEach((code, where) -> {
                int dot = code.lastIndexOf('.');
                // the UI's and the API's rule (BundleTexts.refusal): the code's own text, else its family's
                boolean family = dot > 0 && keys.contains("error." + code.substring(0, code.indexOf('.')));
                if (!keys.contains("error." + code) && !family) {
                    missing.add(where + ": error." + code);
                }
            });
            assertTrue(missing.isEmpty(), "messages" + suffix + ": rule codes without a message: " + missing);
        }
    }

    /**
     * Every screening finding is named and explained in each bundle: {@code complaint.screening.<CODE>} for
     * every {@link ScreeningCode}, and {@code complaint.screening.detail.<CODE>.<WEIGHT>} for every code and
     * weight the screening ({@code Screening}) can report, as read from its source.
     */
    @Test
    void everyScreeningFindingIsNamedAndExplained() throws IOException {
        Pattern finding = Pattern.compile("new ScreeningFinding\\(ScreeningCode\\.([A-Z_]+),\\s*ScreeningWeight\\.([A-Z_]+)");
        Set<String> pairs = new TreeSet<>();
        Set<ScreeningCode> reported = EnumSet.noneOf(ScreeningCode.class);
        try (Stream<Path> walk = Files.walk(Path.of("../model/src/main/java/fi/valvonta/model/complaint"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = finding.matcher(Files.readString(f));
                while (m.find()) {
                    ScreeningCode code = ScreeningCode.valueOf(m.group(1));
                    reported.add(code);
                    pairs.add(code + "." + ScreeningWeight.valueOf(m.group(2)));
                }
            }
        }
        assertEquals(EnumSet.allOf(ScreeningCode.class), reported, "the scan finds where each code is reported");
        for (String suffix : LANGUAGES) {
            Set<String> keys = load(suffix).stringPropertyNames();
            Set<String> missing = new TreeSet<>();
            for (ScreeningCode code : ScreeningCode.values()) {
                if (!keys.contains("complaint.screening." + code)) {
                    missing.add("complaint.screening." + code);
                }
            }
            for (String pair : pairs) {
                if (!keys.contains("complaint.screening.detail." + pair)) {
                    missing.add("complaint.screening.detail." + pair);
                }
            }
            assertTrue(missing.isEmpty(), "messages" + suffix + ": screening texts missing: " + missing);
        }
    }

    /**
     * Every factor of the risk model has its name ({@code factor.<key>}) and its explanation
     * ({@code factorWhy.<key>}) in each bundle, and every reason of the plan's selection its sentence
     * ({@code plan.reason.<REASON>}). The factors are those the scorer itself reports for an entity, in
     * every dimension, so a new factor cannot be missed.
     */
    @Test
    void everyRiskFactorAndSelectionReasonIsExplained() throws IOException {
        EntityRiskInput input = new EntityRiskInput(1, "Raasepori",
                new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.SV, true), 5000, 0.1, 0.2,
                LocalDate.of(2024, 1, 1), List.of(), List.of(), List.of());
        EntityRiskScore score = new RiskScorer().score(input, RiskParameters.defaults(), LocalDate.of(2026, 1, 1));
        Set<String> factors = new TreeSet<>();
        score.dimensions().values().forEach(d -> d.breakdown().forEach(f -> factors.add(f.key())));
        assertTrue(factors.size() > 10, "the scorer reports its factors: " + factors);
        for (String suffix : LANGUAGES) {
            Set<String> keys = load(suffix).stringPropertyNames();
            Set<String> missing = new TreeSet<>();
            for (String key : factors) {
                for (String prefix : new String[] {"factor.", "factorWhy."}) {
                    if (!keys.contains(prefix + key)) {
                        missing.add(prefix + key);
                    }
                }
            }
            for (SelectionReason reason : SelectionReason.values()) {
                if (!keys.contains("plan.reason." + reason)) {
                    missing.add("plan.reason." + reason);
                }
            }
            assertTrue(missing.isEmpty(), "messages" + suffix + ": risk texts missing: " + missing);
        }
    }

    @Test
    void viewsNeverDisableEscaping() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                assertTrue(!Files.readString(f).contains("escape=\"false\""), f.toString());
            }
        }
    }
}
