package fi.valvonta.web.ui.registry;

import fi.valvonta.ejb.platform.Page;
import fi.valvonta.ejb.registry.EmploymentAreaSummary;
import fi.valvonta.ejb.registry.LanguageFilter;
import fi.valvonta.ejb.registry.MunicipalityQuery;
import fi.valvonta.ejb.registry.MunicipalitySummary;
import fi.valvonta.ejb.registry.PilotAreaSummary;
import fi.valvonta.ejb.registry.RegistryService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The municipality registry page: a lazy table filtered by pilot area, employment area, language status and name. */
@Named
@ViewScoped
public class MunicipalityListBean implements Serializable {

    @Inject
    transient RegistryService registry;

    private Long pilotAreaId;
    private Long employmentAreaId;
    private LanguageFilter language = LanguageFilter.ANY;
    private String name;
    private List<PilotAreaSummary> pilotAreas;
    private List<EmploymentAreaSummary> employmentAreas;
    private LazyDataModel<MunicipalitySummary> model;

    @PostConstruct
    void init() {
        pilotAreas = registry.pilotAreas();
        employmentAreas = registry.employmentAreas();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) search(0, 1, Map.of()).total();
            }

            @Override
            public List<MunicipalitySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                  Map<String, FilterMeta> filterBy) {
                Page<MunicipalitySummary> page = search(first, pageSize, sortBy);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(MunicipalitySummary m) {
                return String.valueOf(m.id());
            }
        };
    }

    private Page<MunicipalitySummary> search(int first, int max, Map<String, SortMeta> sortBy) {
        MunicipalityQuery.SortField sort = MunicipalityQuery.SortField.NAME;
        boolean ascending = true;
        for (SortMeta s : sortBy.values()) {
            sort = "pilotAreaName".equals(s.getField()) ? MunicipalityQuery.SortField.PILOT_AREA : MunicipalityQuery.SortField.NAME;
            ascending = s.getOrder() != SortOrder.DESCENDING;
        }
        return registry.searchMunicipalities(new MunicipalityQuery(pilotAreaId, employmentAreaId, language, name, first, max, sort, ascending));
    }

    public LanguageFilter[] getLanguageFilters() {
        return LanguageFilter.values();
    }

    public LazyDataModel<MunicipalitySummary> getModel() { return model; }
    public List<PilotAreaSummary> getPilotAreas() { return pilotAreas; }
    public List<EmploymentAreaSummary> getEmploymentAreas() { return employmentAreas; }
    public Long getEmploymentAreaId() { return employmentAreaId; }
    public void setEmploymentAreaId(Long employmentAreaId) { this.employmentAreaId = employmentAreaId; }
    public Long getPilotAreaId() { return pilotAreaId; }
    public void setPilotAreaId(Long pilotAreaId) { this.pilotAreaId = pilotAreaId; }
    public LanguageFilter getLanguage() { return language; }
    public void setLanguage(LanguageFilter language) { this.language = language; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
