package fi.valvonta.web.ui.registry;

import fi.valvonta.ejb.registry.ServiceDetails;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.PostalAddress;
import org.omnifaces.util.Messages;
import fi.valvonta.ejb.registry.EmploymentAreaSummary;
import fi.valvonta.ejb.registry.EstablishEmploymentArea;
import fi.valvonta.ejb.registry.MunicipalityQuery;
import fi.valvonta.ejb.registry.MunicipalitySummary;
import fi.valvonta.ejb.registry.RecordLead;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.SupervisedEntity;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Employment areas: the list with their lead municipality and members today, the form that establishes an
 * area from a date (ADMIN; its members move to it then), the form that records an area's lead (ADMIN) and the
 * one that records an area's details for service (ADMIN).
 */
@Named
@ViewScoped
public class EmploymentAreaBean implements Serializable {

    @Inject
    transient RegistryService registry;

    @Inject
    transient Clock clock;

    private LocalDate today;
    private List<EmploymentAreaSummary> areas;
    private List<MunicipalitySummary> municipalities;

    @NotBlank
    @Size(max = SupervisedEntity.NAME_LENGTH)
    private String nameFi;
    @Size(max = SupervisedEntity.NAME_LENGTH)
    private String nameSv;
    @NotNull
    private EmploymentAreaModel model = EmploymentAreaModel.LEAD_MUNICIPALITY;
    @NotNull
    private LocalDate supervisedFrom;
    @NotEmpty
    private List<Long> memberIds = new ArrayList<>();

    private Long serviceAreaId;
    @Size(max = 16)
    private String businessId;
    @Size(max = PostalAddress.STREET_LENGTH)
    private String streetAddress;
    @Size(max = 5)
    private String postalCode;
    @Size(max = PostalAddress.CITY_LENGTH)
    private String postOffice;
    @NotNull
    private Long leadAreaId;
    @NotNull
    private Long leadMunicipalityId;
    @NotBlank
    @Size(max = EmploymentArea.SOURCE_LENGTH)
    private String leadSource;

    @PostConstruct
    void init() {
        today = LocalDate.now(clock);
        reload();
    }

    private void reload() {
        areas = registry.employmentAreas();
        municipalities = registry.searchMunicipalities(MunicipalityQuery.all()).items();
    }

    public void establish() {
        // a refused establishment shows on the field its rule names (BusinessExceptionHandler)
        EmploymentAreaSummary created = registry.establishEmploymentArea(
                new EstablishEmploymentArea(nameFi, nameSv, model, supervisedFrom, List.copyOf(memberIds)));
        Messages.addGlobalInfo("registry.employmentArea.created", created.nameFi());
        reload();
        nameFi = null;
        nameSv = null;
        supervisedFrom = null;
        memberIds = new ArrayList<>();
    }

    /** The area chosen for its details for service: the form shows what is recorded. */
    public void chooseServiceArea() {
        ServiceDetails d = areas.stream().filter(a -> a.id() == (serviceAreaId == null ? -1 : serviceAreaId)).findFirst()
                .map(EmploymentAreaSummary::serviceDetails).orElse(new ServiceDetails(null, null, null, null));
        businessId = d.businessId();
        streetAddress = d.streetAddress();
        postalCode = d.postalCode();
        postOffice = d.postOffice();
    }

    /** The administrator records how decisions reach the chosen area; a refusal shows on its field. */
    public void saveServiceDetails() {
        registry.recordServiceDetails(serviceAreaId == null ? -1 : serviceAreaId, EntityKind.EMPLOYMENT_AREA,
                new ServiceDetails(businessId, streetAddress, postalCode, postOffice));
        areas = registry.employmentAreas();
        Messages.addGlobalInfo("registry.serviceDetails.saved", areas.stream()
                .filter(a -> a.id() == serviceAreaId).map(EmploymentAreaSummary::nameFi).findFirst().orElse(""));
    }

    public Long getServiceAreaId() { return serviceAreaId; }
    public void setServiceAreaId(Long id) { this.serviceAreaId = id; }
    public String getBusinessId() { return businessId; }
    public void setBusinessId(String s) { this.businessId = s; }
    public String getStreetAddress() { return streetAddress; }
    public void setStreetAddress(String s) { this.streetAddress = s; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String s) { this.postalCode = s; }
    public String getPostOffice() { return postOffice; }
    public void setPostOffice(String s) { this.postOffice = s; }
    public void recordLead() {
        EmploymentAreaSummary area = registry.recordLead(leadAreaId, new RecordLead(leadMunicipalityId, leadSource));
        Messages.addGlobalInfo("registry.lead.recorded", area.leadNameFi(), area.nameFi());
        reload();
        leadAreaId = null;
        leadMunicipalityId = null;
        leadSource = null;
    }

    /** Areas that may have a lead (not a joint authority), for the lead form. */
    public List<EmploymentAreaSummary> getLeadAreas() {
        return areas.stream().filter(a -> a.model() != EmploymentAreaModel.JOINT_AUTHORITY).toList();
    }

    /** The current members of the area chosen in the lead form. */
    public List<EmploymentAreaSummary.Member> getLeadCandidates() {
        return areas.stream().filter(a -> leadAreaId != null && a.id() == leadAreaId).findFirst()
                .map(a -> a.currentMembers(today)).orElse(List.of());
    }

    public LocalDate getToday() { return today; }
    public EmploymentAreaModel[] getModels() { return EmploymentAreaModel.values(); }
    public List<EmploymentAreaSummary> getAreas() { return areas; }
    public List<MunicipalitySummary> getMunicipalities() { return municipalities; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String nameFi) { this.nameFi = nameFi; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
    public EmploymentAreaModel getModel() { return model; }
    public void setModel(EmploymentAreaModel model) { this.model = model; }
    public LocalDate getSupervisedFrom() { return supervisedFrom; }
    public void setSupervisedFrom(LocalDate supervisedFrom) { this.supervisedFrom = supervisedFrom; }
    public List<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(List<Long> memberIds) { this.memberIds = memberIds; }
    public Long getLeadAreaId() { return leadAreaId; }
    public void setLeadAreaId(Long leadAreaId) { this.leadAreaId = leadAreaId; }
    public Long getLeadMunicipalityId() { return leadMunicipalityId; }
    public void setLeadMunicipalityId(Long leadMunicipalityId) { this.leadMunicipalityId = leadMunicipalityId; }
    public String getLeadSource() { return leadSource; }
    public void setLeadSource(String leadSource) { this.leadSource = leadSource; }
}
