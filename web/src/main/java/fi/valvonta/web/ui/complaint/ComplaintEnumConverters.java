package fi.valvonta.web.ui.complaint;

import fi.valvonta.ejb.complaint.Inbox;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Theme;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;

/**
 * The case list's filters' converters, named on their select menus. Without one, PrimeFaces found the converter
 * for every option of the menu anew — resolving the menu's value expression's type and asking the bean container
 * for a converter of that type, option by option, on each page.
 */
public final class ComplaintEnumConverters {

    private ComplaintEnumConverters() {
    }

    @FacesConverter("valvonta.ComplaintState")
    public static class StateConverter extends EnumConverter {
        public StateConverter() {
            super(ComplaintState.class);
        }
    }

    @FacesConverter("valvonta.Theme")
    public static class ThemeConverter extends EnumConverter {
        public ThemeConverter() {
            super(Theme.class);
        }
    }

    @FacesConverter("valvonta.Inbox")
    public static class InboxConverter extends EnumConverter {
        public InboxConverter() {
            super(Inbox.class);
        }
    }
}
