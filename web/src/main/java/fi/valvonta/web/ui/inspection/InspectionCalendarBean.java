package fi.valvonta.web.ui.inspection;

import fi.valvonta.ejb.inspection.InspectionService;
import fi.valvonta.ejb.inspection.InspectionView;
import fi.valvonta.ejb.inspection.ScheduleInspection;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.web.ui.platform.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The inspection calendar (p:schedule), the list of inspections — all, or those of the dates and inspector
 * the page was opened with — and the form that schedules one.
 */
@Named
@ViewScoped
public class InspectionCalendarBean implements Serializable {

    @Inject
    transient InspectionService inspections;

    @Inject
    transient RegistryService registry;

    @Inject
    transient Clock clock;

    private List<InspectionView> all;
    private ScheduleModel calendar;
    private List<SupervisedEntityRef> entities;
    private LocalDate initialDate;
    private boolean maySchedule;
    private LocalDate from;
    private LocalDate to;
    private boolean mine;

    private Long entityId;
    private Long planId;
    private String complaintReference;
    private InspectionType type = InspectionType.ON_SITE;
    private LocalDate scheduledOn;
    private List<String> inspectors = new ArrayList<>();
    private List<String> dimensions = new ArrayList<>(java.util.Arrays.stream(Dimension.values()).map(Dimension::name).toList());

    @PostConstruct
    void init() {
        entities = registry.supervisedEntities();
        maySchedule = inspections.maySchedule();
        scheduledOn = LocalDate.now(clock);
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        if (user != null) {
            inspectors.add(user);
        }
        reload();
    }

    /** The filter the page was opened with ({@code ?from=…&to=…&mine=true}, as {@code GET /inspections}): the list and calendar show only those. */
    public void applyFilter() {
        if (isFiltered()) {
            reload();
        }
    }

    public boolean isFiltered() {
        return from != null || to != null || mine;
    }

    private void reload() {
        all = inspections.list(from, to, null, mine);
        DefaultScheduleModel model = new DefaultScheduleModel();
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        for (InspectionView i : all) {
            model.addEvent(DefaultScheduleEvent.builder()
                    .id(String.valueOf(i.id()))
                    .title(i.entityName() + " – " + UiMessages.text("inspectionType." + i.type()))
                    .startDate(i.scheduledOn().atStartOfDay()).endDate(i.scheduledOn().atStartOfDay())
                    .allDay(true).styleClass("inspection-" + i.state())
                    .url(base + "/inspection/inspection.xhtml?id=" + i.id())
                    .build());
        }
        calendar = model;
        initialDate = from != null ? from : all.stream().map(InspectionView::scheduledOn).filter(d -> !d.isBefore(LocalDate.now(clock)))
                .findFirst().orElse(LocalDate.now(clock));
    }

    public String schedule() {
        InspectionView created = inspections.schedule(new ScheduleInspection(entityId, planId, complaintReference, type,
                scheduledOn, List.copyOf(inspectors), dimensions.stream().map(Dimension::valueOf).toList()));
        return "/inspection/inspection?faces-redirect=true&id=" + created.id();
    }

    /** Whether the caller may schedule an inspection (the permission table, asked through the service). */
    public boolean isMaySchedule() { return maySchedule; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public ScheduleModel getCalendar() { return calendar; }
    public List<InspectionView> getAll() { return all; }
    public List<SupervisedEntityRef> getEntities() { return entities; }
    public LocalDate getInitialDate() { return initialDate; }
    public InspectionType[] getTypes() { return InspectionType.values(); }
    public Dimension[] getAllDimensions() { return Dimension.values(); }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long entityId) { this.entityId = entityId; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public String getComplaintReference() { return complaintReference; }
    public void setComplaintReference(String complaintReference) { this.complaintReference = complaintReference; }
    public InspectionType getType() { return type; }
    public void setType(InspectionType type) { this.type = type; }
    public LocalDate getScheduledOn() { return scheduledOn; }
    public void setScheduledOn(LocalDate scheduledOn) { this.scheduledOn = scheduledOn; }
    public List<String> getInspectors() { return inspectors; }
    public void setInspectors(List<String> inspectors) { this.inspectors = inspectors; }
    public List<String> getDimensions() { return dimensions; }
    public void setDimensions(List<String> dimensions) { this.dimensions = dimensions; }
}
