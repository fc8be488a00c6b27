package fi.valvonta.web.ui.registry;

import fi.valvonta.ejb.registry.ServiceDetails;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.PostalAddress;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;
import fi.valvonta.ejb.registry.MunicipalitySummary;
import fi.valvonta.ejb.registry.RegistryService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The municipality detail page (?id=…): code, region, court, supervision, history of memberships, and where an administrator records how decisions reach it. */
@Named
@ViewScoped
public class MunicipalityBean implements Serializable {

    @Inject
    transient RegistryService registry;

    private Long id;
    private MunicipalitySummary municipality;

    @Size(max = 16)
    private String businessId;
    @Size(max = PostalAddress.STREET_LENGTH)
    private String streetAddress;
    @Size(max = 5)
    private String postalCode;
    @Size(max = PostalAddress.CITY_LENGTH)
    private String postOffice;

    public void load() {
        municipality = id == null ? null : registry.findMunicipality(id).orElse(null);
        if (municipality == null) {
            Messages.addGlobalError("registry.municipality.notFound");
            return;
        }
        ServiceDetails d = municipality.serviceDetails();
        businessId = d.businessId();
        streetAddress = d.streetAddress();
        postalCode = d.postalCode();
        postOffice = d.postOffice();
    }

    /** The administrator records how decisions reach the municipality; a refusal shows on its field. */
    public void saveServiceDetails() {
        registry.recordServiceDetails(id, EntityKind.MUNICIPALITY,
                new ServiceDetails(businessId, streetAddress, postalCode, postOffice));
        load();
        Messages.addGlobalInfo("registry.serviceDetails.saved", municipality.nameFi());
    }

    public String getBusinessId() { return businessId; }
    public void setBusinessId(String s) { this.businessId = s; }
    public String getStreetAddress() { return streetAddress; }
    public void setStreetAddress(String s) { this.streetAddress = s; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String s) { this.postalCode = s; }
    public String getPostOffice() { return postOffice; }
    public void setPostOffice(String s) { this.postOffice = s; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MunicipalitySummary getMunicipality() { return municipality; }
}
