package fi.valvonta.web.ui.complaint;

import fi.valvonta.ejb.complaint.ComplaintQuery;
import fi.valvonta.ejb.complaint.ComplaintQueryService;
import fi.valvonta.ejb.complaint.ComplaintSummary;
import fi.valvonta.ejb.complaint.Inbox;
import fi.valvonta.ejb.complaint.InspectorRef;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.ejb.registry.PilotAreaSummary;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Theme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case list: a lazy table paged, sorted and filtered in the database (state, theme, municipality,
 * pilot area, inspector, overdue), with the inboxes mine / unassigned / overdue / due soon.
 */
@Named
@ViewScoped
public class ComplaintListBean implements Serializable {

    @Inject
    transient ComplaintQueryService complaints;

    @Inject
    transient RegistryService registry;

    private Inbox inbox;
    private ComplaintState state;
    private Theme theme;
    private Long entityId;
    private Long pilotAreaId;
    private String assignee;
    private Boolean overdue;
    private String caseNumber;

    private List<SupervisedEntityRef> entities;
    private List<PilotAreaSummary> pilotAreas;
    private List<InspectorRef> inspectors;
    private LazyDataModel<ComplaintSummary> model;

    @PostConstruct
    void init() {
        entities = registry.supervisedEntities();
        pilotAreas = registry.pilotAreas();
        inspectors = complaints.inspectors();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) search(0, 1, Map.of()).total();
            }

            @Override
            public List<ComplaintSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
                Page<ComplaintSummary> page = search(first, pageSize, sortBy);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(ComplaintSummary c) {
                return String.valueOf(c.id());
            }
        };
    }

    private Page<ComplaintSummary> search(int first, int max, Map<String, SortMeta> sortBy) {
        ComplaintQuery.SortField sort = ComplaintQuery.SortField.RECEIVED;
        boolean ascending = false;
        for (SortMeta s : sortBy.values()) {
            sort = switch (s.getField()) {
                case "caseNumber" -> ComplaintQuery.SortField.CASE_NUMBER;
                case "state" -> ComplaintQuery.SortField.STATE;
                case "nextDeadline" -> ComplaintQuery.SortField.DEADLINE;
                case "entityName" -> ComplaintQuery.SortField.ENTITY;
                default -> ComplaintQuery.SortField.RECEIVED;
            };
            ascending = s.getOrder() == SortOrder.ASCENDING;
        }
        String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        if (number != null && CaseNumber.find(number.toUpperCase(java.util.Locale.ROOT)).isEmpty()) {
            Messages.addGlobalError("complaint.list.badCaseNumber");
            number = null;
        }
        return complaints.search(new ComplaintQuery(inbox, state == null ? Set.of() : Set.of(state), theme, entityId,
                pilotAreaId, assignee, overdue, null, number, first, Math.min(max, 500), sort, ascending));
    }

    public void showInbox(String name) {
        inbox = name == null || name.isBlank() ? null : Inbox.valueOf(name);
    }

    public Inbox[] getInboxes() { return Inbox.values(); }
    public ComplaintState[] getStates() { return ComplaintState.values(); }
    public Theme[] getThemes() { return Theme.values(); }
    public List<SupervisedEntityRef> getEntities() { return entities; }
    public List<PilotAreaSummary> getPilotAreas() { return pilotAreas; }
    public List<InspectorRef> getInspectors() { return inspectors; }
    public LazyDataModel<ComplaintSummary> getModel() { return model; }

    public Inbox getInbox() { return inbox; }
    public void setInbox(Inbox v) { inbox = v; }
    public ComplaintState getState() { return state; }
    public void setState(ComplaintState v) { state = v; }
    public Theme getTheme() { return theme; }
    public void setTheme(Theme v) { theme = v; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long v) { entityId = v; }
    public Long getPilotAreaId() { return pilotAreaId; }
    public void setPilotAreaId(Long v) { pilotAreaId = v; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { assignee = v; }
    public Boolean getOverdue() { return overdue; }
    public void setOverdue(Boolean v) { overdue = v; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String v) { caseNumber = v; }
}
