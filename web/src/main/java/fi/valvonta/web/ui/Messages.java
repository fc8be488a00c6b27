package fi.valvonta.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the i18n bundle, in the view's language. */
public final class Messages {

    public static final String BUNDLE = "fi.valvonta.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, fc.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An error shown next to the given field (client id). */
    public static void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An error whose text is already in the user's language (or a rule's own message). */
    public static void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void fieldErrorText(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
