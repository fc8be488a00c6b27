package fi.valvonta.web.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Comments name the law or the reason, never a tracker issue or a seed document's number, which no
 * reader of the code can look up. Applied migrations are history (Flyway checksums them) and are left out.
 */
class SourceCommentsTest {

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(issue|seed)\\s+#?\\d+");

    @Test
    void noCommentCitesAnIssueOrASeedNumber() throws IOException {
        List<String> found = new ArrayList<>();
        int read = 0;
        for (String module : List.of("model", "ejb", "web", "ear")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src"))) {
                for (Path f : files.filter(SourceCommentsTest::isSource).toList()) {
                    read++;
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (REFERENCE.matcher(lines.get(i)).find()) {
                            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        assertTrue(read > 100, "the sources were found: " + read);
        assertEquals(List.of(), found);
    }

    private static boolean isSource(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".xhtml") || name.endsWith(".properties") || name.endsWith(".xml");
    }
}
