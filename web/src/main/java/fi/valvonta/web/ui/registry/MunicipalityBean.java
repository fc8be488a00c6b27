package fi.valvonta.web.ui.registry;

import org.omnifaces.util.Messages;
import fi.valvonta.ejb.registry.MunicipalitySummary;
import fi.valvonta.ejb.registry.RegistryService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The municipality detail page (?id=…): code, region, court, supervision and history of memberships. */
@Named
@ViewScoped
public class MunicipalityBean implements Serializable {

    @Inject
    transient RegistryService registry;

    private Long id;
    private MunicipalitySummary municipality;

    public void load() {
        municipality = id == null ? null : registry.findMunicipality(id).orElse(null);
        if (municipality == null) {
            Messages.addGlobalError("registry.municipality.notFound");
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MunicipalitySummary getMunicipality() { return municipality; }
}
