package fi.valvonta.web.ui.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language (fi, sv or en) for the session. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    public static final List<String> SUPPORTED = List.of("fi", "sv", "en");
    private Locale locale = Locale.forLanguageTag("fi");

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /**
     * Switches the session's language and shows the same page again: a redirect to the current view
     * with its view parameters (a case's {@code ?id=}, the list's {@code ?inbox=}, the login page's
     * {@code ?next=}), so the address stays the page's own and a reload does not post the form again.
     */
    public String switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
