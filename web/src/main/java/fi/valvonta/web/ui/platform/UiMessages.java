package fi.valvonta.web.ui.platform;

import fi.valvonta.web.i18n.BundleTexts;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Messages;

import java.util.Locale;

/**
 * Texts of the UI bundle in the view's language. At start-up it makes the bundle OmniFaces'
 * message resolver, so beans write {@code Messages.addGlobalInfo("complaint.registered", number)} with
 * a bundle key (OmniFaces' {@link Messages}) and never a text of their own.
 */
@WebListener
public class UiMessages implements ServletContextListener {

    public static final String BUNDLE = BundleTexts.BUNDLE;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, params) -> text(key, params));
    }

    /** The text for {@code key} with {@code args}; the key itself when the bundle has none. */
    public static String text(String key, Object... args) {
        return textOr(key, key, args);
    }

    /**
     * The text for {@code key}, or {@code fallback} (already in words, e.g. a rule's own message) without
     * one. Only a text with placeholders is formatted, so a text without them keeps its apostrophes.
     */
    public static String textOr(String key, String fallback, Object... args) {
        return textOr(locale(), key, fallback, args);
    }

    /** As {@link #textOr(String, String, Object...)}, in {@code locale}. */
    public static String textOr(Locale locale, String key, String fallback, Object... args) {
        return BundleTexts.textOr(locale, key, fallback, args);
    }

    /** The view's language; Finnish, the default, outside a view. */
    public static Locale locale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc != null && fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : Locale.forLanguageTag("fi");
    }
}
