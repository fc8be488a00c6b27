package fi.valvonta.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every UI text exists in Finnish, Swedish and English, every key a view uses exists, every rule code has a message. */
class BundleCompletenessTest {

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
     * Every rule code the domain and the services raise has its message in the bundles ({@code error.<code>},
     * or its family's {@code error.csv} for {@code csv.header}, as the UI reads them), so the UI never shows a
     * bare code; the completeness test above puts it in all three languages.
     */
    @Test
    void everyRuleCodeRaisedHasAMessage() throws IOException {
        Set<String> keys = load("_fi").stringPropertyNames();
        Pattern raised = Pattern.compile(
                "(?:RuleViolationException|ConflictException|ForbiddenException|UnavailableException|TooManyRequestsException)\\(\\s*\"([a-z0-9.\\-]+)\"");
        Set<String> missing = new TreeSet<>();
        int codes = 0;
        for (String root : new String[] {"../model/src/main/java", "../ejb/src/main/java", "src/main/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = raised.matcher(Files.readString(f));
                    while (m.find()) {
                        codes++;
                        String code = m.group(1);
                        int dot = code.lastIndexOf('.');
                        // the UI's rule (BusinessExceptionHandler): the code's own text, else its family's
                        boolean family = dot > 0 && keys.contains("error." + code.substring(0, dot));
                        if (!keys.contains("error." + code) && !family) {
                            missing.add(f.getFileName() + ": error." + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(codes > 100, "the scan finds the codes (" + codes + ")");
        assertTrue(missing.isEmpty(), "rule codes without a message: " + missing);
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
