package fi.valvonta.web.ui.complaint;

import fi.valvonta.web.ui.security.UserBean;

import fi.valvonta.ejb.complaint.AssignmentResult;
import fi.valvonta.ejb.complaint.ComplaintAssignments;
import fi.valvonta.ejb.complaint.ComplaintQuery;
import fi.valvonta.ejb.complaint.ComplaintQueryService;
import fi.valvonta.ejb.complaint.ComplaintSummary;
import fi.valvonta.ejb.complaint.Inbox;
import fi.valvonta.ejb.complaint.InspectorRef;
import fi.valvonta.ejb.complaint.VersionedComplaint;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.ejb.registry.PilotAreaSummary;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.ComplaintPermissions;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.web.ui.platform.BusinessExceptionHandler;
import fi.valvonta.web.ui.platform.UiMessages;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The case list: a lazy table paged, sorted and filtered in the database (state, theme, municipality,
 * pilot area, inspector, overdue, due soon, statement overdue), with the inboxes mine / unassigned / overdue /
 * due soon / statement overdue / awaiting my decision; several complaints selected are assigned at once.
 */
@Named
@ViewScoped
public class ComplaintListBean implements Serializable {

    @Inject
    transient ComplaintQueryService complaints;

    @Inject
    transient RegistryService registry;

    @Inject
    transient ComplaintAssignments assignments;

    @Inject
    UserBean user;

    @Inject
    fi.valvonta.web.ui.platform.LocaleBean localeBean;

    /** The registry filters' options, made once for all views with the same lists (not item by item in EL). */
    @Inject
    fi.valvonta.web.ui.platform.SharedOptions sharedOptions;

    /** The rows' municipalities and assignees by name in the view's language (read once a request). */
    @Inject
    fi.valvonta.web.ui.platform.EntityNames entityNames;

    @Inject
    fi.valvonta.web.ui.platform.UserNames userNames;

    /** The inspector filter's options, made once per view. */
    private List<jakarta.faces.model.SelectItem> inspectorItems;

    private Inbox inbox;
    private ComplaintState state;
    private Theme theme;
    private Long entityId;
    private Long pilotAreaId;
    private String assignee;
    private Boolean overdue;
    /** {@code null} when off, so that the language switch's redirect carries only the filters that are on. */
    private Boolean dueSoon;
    private Boolean statementOverdue;
    private String caseNumber;

    private List<ComplaintRow> selected = new ArrayList<>();
    private String bulkAssignee;
    private List<BulkRow> bulkResults = List.of();

    private List<SupervisedEntityRef> entities = List.of();
    private List<PilotAreaSummary> pilotAreas = List.of();
    private List<InspectorRef> inspectors = List.of();
    private LazyDataModel<ComplaintRow> model;
    /** The rows shown in this view, by row key, for the selection. */
    private final Map<String, ComplaintRow> shown = new java.util.HashMap<>();

    /** The caller's right to assign, read once a view: the table asks for each row. */
    private boolean mayAssign;

    @PostConstruct
    void init() {
        mayAssign = ComplaintPermissions.ASSIGN.stream().anyMatch(r -> user.hasRole(r.name()));
        if (!user.isComplaintReader()) {
            // not the role's register (an administrator sees the statistics only): the page says so and reads nothing
            return;
        }
        entities = registry.supervisedEntities();
        pilotAreas = registry.pilotAreas();
        inspectors = complaints.inspectors();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                // the total only (cached per change of the data): not a page of one row with its themes
                return (int) complaints.total(query(0, 1, Map.of(), false));
            }

            @Override
            public List<ComplaintRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
                Page<ComplaintSummary> page = search(first, pageSize, sortBy);
                setRowCount((int) page.total());
                Locale locale = UiMessages.locale();
                List<ComplaintRow> rows = page.items().stream()
                        .map(c -> ComplaintRow.of(c, locale, entityNames::of, userNames::of)).toList();
                rows.forEach(r -> shown.put(getRowKey(r), r));
                return rows;
            }

            @Override
            public String getRowKey(ComplaintRow r) {
                return String.valueOf(r.id());
            }

            /** A selected row, also of a page shown before (the selection spans pages). */
            @Override
            public ComplaintRow getRowData(String rowKey) {
                return shown.get(rowKey);
            }
        };
    }

    private Page<ComplaintSummary> search(int first, int max, Map<String, SortMeta> sortBy) {
        return complaints.search(query(first, max, sortBy, true));
    }

    /** The list's query; a case number that is not one is left out of it, and said so when {@code report}. */
    private ComplaintQuery query(int first, int max, Map<String, SortMeta> sortBy, boolean report) {
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
            if (report) {
                Messages.addGlobalError("complaint.list.badCaseNumber");
            }
            number = null;
        }
        return new ComplaintQuery(inbox, state == null ? Set.of() : Set.of(state), theme, entityId,
                pilotAreaId, assignee, overdue, Boolean.TRUE.equals(dueSoon), Boolean.TRUE.equals(statementOverdue), null, number, first, Math.min(max, 500), sort,
                ascending);
    }

    /** One complaint of the last bulk assignment: assigned, or why not, in the user's language. */
    public record BulkRow(long id, String caseNumber, boolean assigned, String text) {
    }

    /**
     * Assigns the selected complaints to the chosen inspector, each at the version the list showed
     * ({@link ComplaintAssignments}: one change each, refused ones reported per row, the others assigned).
     */
    public void assignSelected() {
        if (selected == null || selected.isEmpty()) {
            Messages.addGlobalWarn("complaint.bulk.noneSelected");
            return;
        }
        if (selected.size() > ComplaintAssignments.MAX) {
            Messages.addGlobalWarn("complaint.bulk.tooMany", ComplaintAssignments.MAX);
            return;
        }
        Map<Long, String> numbers = new java.util.HashMap<>();
        selected.forEach(r -> numbers.put(r.id(), r.caseNumber()));
        List<AssignmentResult> results = assignments.assign(selected.stream()
                .map(r -> new VersionedComplaint(r.id(), r.version())).toList(), bulkAssignee);
        Locale locale = UiMessages.locale();
        bulkResults = results.stream().map(r -> new BulkRow(r.id(), numbers.get(r.id()), r.isAssigned(),
                r.findRefusal().map(e -> BusinessExceptionHandler.text(e, locale))
                        .orElseGet(() -> UiMessages.text("complaint.bulk.assigned")))).toList();
        long assigned = results.stream().filter(AssignmentResult::isAssigned).count();
        if (assigned == results.size()) {
            Messages.addGlobalInfo("complaint.bulk.done", assigned);
        } else {
            Messages.addGlobalWarn("complaint.bulk.partly", assigned, results.size() - assigned);
        }
        selected = new ArrayList<>();
    }

    /** Whether the caller may assign complaints ({@link ComplaintPermissions#ASSIGN}). */
    public boolean isMayAssign() {
        return mayAssign;
    }

    public void showInbox(String name) {
        inbox = name == null || name.isBlank() ? null : Inbox.valueOf(name);
    }

    /** The inboxes offered: awaiting my decision only to a decision maker (nobody else decides). */
    public List<Inbox> getInboxes() {
        return java.util.Arrays.stream(Inbox.values())
                .filter(i -> i != Inbox.AWAITING_MY_DECISION || user.hasRole(fi.valvonta.model.security.Role.DECISION_MAKER.name()))
                .toList();
    }
    public ComplaintState[] getStates() { return ComplaintState.values(); }
    public Theme[] getThemes() { return Theme.values(); }
    public List<SupervisedEntityRef> getEntities() { return entities; }

    /** The entity filter's options: each entity by its name in the user's language. */
    public List<jakarta.faces.model.SelectItem> getEntityItems() {
        String language = localeBean.getLanguage();
        return sharedOptions.of(entities, language, e -> new jakarta.faces.model.SelectItem(e.id(), e.name(language)));
    }

    /** The pilot area filter's options: number and name. */
    public List<jakarta.faces.model.SelectItem> getPilotAreaItems() {
        return sharedOptions.of(pilotAreas, null,
                a -> new jakarta.faces.model.SelectItem(a.id(), a.id() + " " + a.nameFi()));
    }

    /** The inspectors to filter by and to assign to, by display name. */
    public List<jakarta.faces.model.SelectItem> getInspectorItems() {
        if (inspectorItems == null) {
            inspectorItems = inspectors.stream()
                    .map(i -> new jakarta.faces.model.SelectItem(i.username(), i.displayName())).toList();
        }
        return inspectorItems;
    }
    public List<PilotAreaSummary> getPilotAreas() { return pilotAreas; }
    public List<InspectorRef> getInspectors() { return inspectors; }
    public LazyDataModel<ComplaintRow> getModel() { return model; }

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
    public Boolean getDueSoon() { return dueSoon; }
    public void setDueSoon(Boolean v) { dueSoon = onOrNull(v); }
    public Boolean getStatementOverdue() { return statementOverdue; }
    public void setStatementOverdue(Boolean v) { statementOverdue = onOrNull(v); }

    private static Boolean onOrNull(Boolean v) { return Boolean.TRUE.equals(v) ? Boolean.TRUE : null; }
    public List<ComplaintRow> getSelected() { return selected; }
    public void setSelected(List<ComplaintRow> v) { selected = v; }
    public String getBulkAssignee() { return bulkAssignee; }
    public void setBulkAssignee(String v) { bulkAssignee = v; }
    public List<BulkRow> getBulkResults() { return bulkResults; }
}
