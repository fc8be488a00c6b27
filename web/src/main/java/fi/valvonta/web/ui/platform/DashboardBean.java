package fi.valvonta.web.ui.platform;

import fi.valvonta.ejb.registry.MunicipalityQuery;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.platform.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The front page: the agency and the size of the registry. */
@Named
@RequestScoped
public class DashboardBean {

    @Inject
    RegistryService registry;

    @Inject
    AgencySettings agency;

    @Inject
    LocaleBean locale;

    private long municipalityCount;
    private int pilotAreaCount;
    private long employmentAreaCount;

    @PostConstruct
    void init() {
        municipalityCount = registry.searchMunicipalities(
                new MunicipalityQuery(null, null, null, 0, 1, null, true)).total();
        pilotAreaCount = registry.pilotAreas().size();
        employmentAreaCount = registry.employmentAreaCount();
    }

    public String getAgencyName() {
        return agency.nameIn(Language.ofCode(locale.getLanguage()));
    }

    public String getCasePrefix() { return agency.prefix(); }
    public long getMunicipalityCount() { return municipalityCount; }
    public int getPilotAreaCount() { return pilotAreaCount; }
    public long getEmploymentAreaCount() { return employmentAreaCount; }
}
