package fi.valvonta.web.ui.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every phase of a request speaks the user's chosen language: without this, messages raised before
 * rendering (view parameters, conversion) would follow the browser's Accept-Language instead.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBean.class).get().getLocale();
    }
}
