package fi.valvonta.web.i18n;

import fi.valvonta.model.platform.BusinessException;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the bundle {@code fi.valvonta.web.i18n.messages} in a given language, without a Faces context:
 * the UI ({@code UiMessages}) and the API's problem details ({@code ProblemMappers}) read the same texts.
 */
public final class BundleTexts {

    public static final String BUNDLE = "fi.valvonta.web.i18n.messages";
    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private BundleTexts() {
    }

    /**
     * The text for {@code key} in {@code locale}, or {@code fallback} (already in words, e.g. a rule's own
     * message) without one. Only a text with placeholders is formatted, so a text without them keeps its apostrophes.
     */
    public static String textOr(Locale locale, String key, String fallback, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args == null || args.length == 0 || !pattern.contains("{") ? pattern
                    : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /**
     * A refusal in {@code locale}: the bundle's {@code error.<code>}, else the text of its family
     * ({@code error.csv} for {@code csv.header}), each given the rule's own message as {@code {0}}
     * (e.g. the line of a file); the rule's own message where the bundle has neither.
     */
    public static String refusal(BusinessException e, Locale locale) {
        String code = e.code();
        int dot = code.indexOf('.');
        String family = dot < 0 ? null : "error." + code.substring(0, dot);
        String specific = textOr(locale, "error." + code, null, e.getMessage());
        if (specific != null) {
            return lineOf(e.getMessage()).map(line -> textOr(locale, "error.line", "line " + line + ": ", line) + specific)
                    .orElse(specific);
        }
        return family == null ? e.getMessage() : textOr(locale, family, e.getMessage(), e.getMessage());
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("^line (\\d+): ");

    /**
     * The line of a file a refusal names: the importers (indicators, risk inputs) refuse a file with the rule's
     * own code and the message {@code "line N: ..."}, so that the translated rule also says where.
     */
    static java.util.Optional<String> lineOf(String message) {
        java.util.regex.Matcher m = LINE.matcher(message == null ? "" : message);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /**
     * The language to answer in, from the languages a client accepts in order of preference
     * (HTTP Accept-Language): the first of fi, sv and en it names, Finnish when it names none of them.
     */
    public static Locale languageOf(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if (LANGUAGES.contains(l.getLanguage())) {
                    return Locale.forLanguageTag(l.getLanguage());
                }
            }
        }
        return FINNISH;
    }
}
