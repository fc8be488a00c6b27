package fi.valvonta.web.ui.registry;

import org.omnifaces.util.Messages;
import fi.valvonta.ejb.registry.EmploymentAreaSummary;
import fi.valvonta.ejb.registry.EstablishEmploymentArea;
import fi.valvonta.ejb.registry.MunicipalityQuery;
import fi.valvonta.ejb.registry.MunicipalitySummary;
import fi.valvonta.ejb.registry.RegistryService;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Employment areas: the list, and the form that establishes one (ADMIN). */
@Named
@ViewScoped
public class EmploymentAreaBean implements Serializable {

    @Inject
    transient RegistryService registry;

    private List<EmploymentAreaSummary> areas;
    private List<MunicipalitySummary> municipalities;

    @NotBlank
    @Size(max = SupervisedEntity.NAME_LENGTH)
    private String nameFi;
    @Size(max = SupervisedEntity.NAME_LENGTH)
    private String nameSv;
    @NotNull
    private EmploymentAreaModel model = EmploymentAreaModel.LEAD_MUNICIPALITY;
    private LocalDate supervisedFrom = LocalDate.of(2025, 1, 1);
    @NotEmpty
    private List<Long> memberIds = new ArrayList<>();

    @PostConstruct
    void init() {
        areas = registry.employmentAreas();
        municipalities = registry.searchMunicipalities(MunicipalityQuery.all()).items();
    }

    public void establish() {
        // a refused establishment shows on the field its rule names (BusinessExceptionHandler)
        EmploymentAreaSummary created = registry.establishEmploymentArea(
                new EstablishEmploymentArea(nameFi, nameSv, model, supervisedFrom, List.copyOf(memberIds)));
        Messages.addGlobalInfo("registry.employmentArea.created", created.nameFi());
        areas = registry.employmentAreas();
        municipalities = registry.searchMunicipalities(MunicipalityQuery.all()).items();
        nameFi = null;
        nameSv = null;
        memberIds = new ArrayList<>();
    }

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
}
