package fi.valvonta.web.ui.intake;

import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.platform.Language;
import fi.valvonta.web.ui.platform.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What every page of the public e-service shows: the agency's name in the page's language. */
@Named("publicPage")
@RequestScoped
public class PublicPageBean {

    @Inject
    AgencySettings agency;

    @Inject
    LocaleBean locale;

    public String getAgencyName() {
        return agency.nameIn(Language.ofCode(locale.getLanguage()));
    }
}
