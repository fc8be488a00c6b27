package fi.valvonta.it.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI's texts as the message bundles of the web module say them (fi, sv, en), so a browser test
 * asserts the page against the bundle, not against a copy of its words.
 */
public final class UiTexts {

    private static final Path BUNDLES = Path.of(System.getProperty("valvonta.bundles",
            "../web/src/main/resources/fi/valvonta/web/i18n"));
    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

    private UiTexts() {
    }

    /** The text of {@code key} in {@code language}; fails when the bundle lacks it. */
    public static String text(String language, String key) {
        String text = LOADED.computeIfAbsent(language, UiTexts::load).getProperty(key);
        if (text == null) {
            throw new AssertionError("messages_" + language + ".properties has no " + key);
        }
        return text;
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the " + language + " bundle under " + BUNDLES.toAbsolutePath(), e);
        }
        return p;
    }
}
