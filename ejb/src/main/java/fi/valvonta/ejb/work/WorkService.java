package fi.valvonta.ejb.work;

import fi.valvonta.ejb.complaint.ComplaintQuery;
import fi.valvonta.ejb.complaint.ComplaintQueryService;
import fi.valvonta.ejb.inspection.InspectionService;
import fi.valvonta.ejb.measure.MeasureQuery;
import fi.valvonta.ejb.measure.MeasureService;
import fi.valvonta.ejb.platform.CallerRoles;
import fi.valvonta.model.security.Role;
import fi.valvonta.model.work.WorkItem;
import fi.valvonta.model.work.WorkPermissions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The caller's work, counted for the home page on every view of it: for each item the caller's roles see
 * ({@link WorkPermissions}) one COUNT query, the very query of the list the item links to
 * ({@link WorkFilters}), run by the service that lists it (and so under that list's access rules).
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class WorkService {

    @EJB
    ComplaintQueryService complaints;

    @EJB
    MeasureService measures;

    @EJB
    InspectionService inspections;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public MyWork mine() {
        LocalDate today = LocalDate.now(clock);
        return new MyWork(today, WorkPermissions.visibleTo(CallerRoles.of(context)).stream()
                .map(item -> count(item, today)).toList());
    }

    private WorkCount count(WorkItem item, LocalDate today) {
        return switch (item.list()) {
            case COMPLAINTS -> {
                ComplaintQuery q = WorkFilters.complaints(item);
                yield new WorkCount(item, complaints.count(q), q.parameters());
            }
            case MEASURES -> {
                MeasureQuery q = WorkFilters.measures(item);
                yield new WorkCount(item, measures.count(q), q.parameters());
            }
            case INSPECTIONS -> {
                YearMonth month = WorkFilters.inspectionMonth(item, today);
                yield new WorkCount(item, inspections.count(month.atDay(1), month.atEndOfMonth(), null, true),
                        WorkFilters.inspectionParameters(month));
            }
        };
    }
}
