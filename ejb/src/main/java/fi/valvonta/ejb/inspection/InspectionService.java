package fi.valvonta.ejb.inspection;

import fi.valvonta.ejb.planning.PlanningService;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CallerRoles;
import fi.valvonta.model.inspection.Finding;
import fi.valvonta.model.inspection.Inspection;
import fi.valvonta.model.inspection.InspectionPermissions;
import fi.valvonta.model.planning.InspectionPlan;
import fi.valvonta.model.planning.PlanState;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Inspections from the adopted plan or ad hoc: scheduling, findings per checklist item, and completion
 * with the report. Deficiencies feed the risk model through {@link RiskInputs}; findings are exposed by id
 * for measure cases. Each change loads the inspection, asks it to change (a completed one refuses with
 * 409), records the change and assembles the view, in one transaction. The {@code @RolesAllowed} guards
 * repeat {@link InspectionPermissions}, as PlanningRolesTest checks.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class InspectionService {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PlanningService planning;

    @Resource
    private SessionContext ctx;

    /** Inspections scheduled within the dates (inclusive), for the calendar; either bound may be open. */
    public List<InspectionView> list(LocalDate from, LocalDate to, Long entityId) {
        return list(from, to, entityId, false);
    }

    /** {@link #list(LocalDate, LocalDate, Long)}, with {@code mine}: only those the caller is one of the inspectors of. */
    public List<InspectionView> list(LocalDate from, LocalDate to, Long entityId, boolean mine) {
        var query = em.createQuery("SELECT i FROM Inspection i" + where(from, to, entityId, mine)
                + " ORDER BY i.scheduledOn, i.id", Inspection.class);
        parameters(from, to, entityId, mine).forEach(query::setParameter);
        return query.getResultList().stream().map(this::view).toList();
    }

    /** How many inspections {@link #list(LocalDate, LocalDate, Long, boolean)} has, counted in the database. */
    public long count(LocalDate from, LocalDate to, Long entityId, boolean mine) {
        var query = em.createQuery("SELECT COUNT(i) FROM Inspection i" + where(from, to, entityId, mine), Long.class);
        parameters(from, to, entityId, mine).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(LocalDate from, LocalDate to, Long entityId, boolean mine) {
        StringBuilder q = new StringBuilder(" WHERE 1 = 1");
        if (from != null) {
            q.append(" AND i.scheduledOn >= :from");
        }
        if (to != null) {
            q.append(" AND i.scheduledOn <= :to");
        }
        if (entityId != null) {
            q.append(" AND i.entityId = :e");
        }
        if (mine) {
            // one name of the comma-separated list (Inspection.inspectors); '!' escapes LIKE's own characters
            q.append(" AND CONCAT(',', CONCAT(i.inspectors, ',')) LIKE :me ESCAPE '!'");
        }
        return q.toString();
    }

    private java.util.Map<String, Object> parameters(LocalDate from, LocalDate to, Long entityId, boolean mine) {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        if (from != null) {
            p.put("from", from);
        }
        if (to != null) {
            p.put("to", to);
        }
        if (entityId != null) {
            p.put("e", entityId);
        }
        if (mine) {
            p.put("me", "%," + caller().replaceAll("([!%_])", "!$1") + ",%");
        }
        return p;
    }

    public Optional<InspectionView> find(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id)).map(this::view);
    }

    public InspectionView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("inspection", id));
    }

    public FindingView finding(long id) {
        return Optional.ofNullable(em.find(Finding.class, id)).map(FindingView::of)
                .orElseThrow(() -> new NotFoundException("finding", id));
    }

    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public InspectionView schedule(@NotNull @Valid ScheduleInspection c) {
        SupervisedEntity entity = em.find(SupervisedEntity.class, c.entityId());
        if (entity == null) {
            throw new RuleViolationException("inspection.unknown-entity", "entityId", "no supervised entity " + c.entityId());
        }
        List<Dimension> dims = c.dimensions() == null || c.dimensions().isEmpty() ? Arrays.asList(Dimension.values()) : c.dimensions();
        Inspection inspection;
        if (c.planId() != null) {
            InspectionPlan plan = em.find(InspectionPlan.class, c.planId());
            if (plan == null || plan.state() != PlanState.ADOPTED) {
                throw new RuleViolationException("inspection.plan-not-adopted", "planId",
                        "an inspection is scheduled from an adopted plan");
            }
            boolean inPlan = planning.entries(plan.id()).stream()
                    .anyMatch(e -> e.entityId() == c.entityId() && e.isSelected());
            if (!inPlan) {
                throw new RuleViolationException("inspection.not-in-plan", "entityId",
                        entity.nameFi() + " has no inspection in plan " + plan.year() + "/" + plan.planVersion());
            }
            inspection = Inspection.planned(c.entityId(), plan.id(), c.type(), c.scheduledOn(), c.inspectors(), dims,
                    entity.languageStatus(), clock.instant(), caller());
        } else {
            inspection = Inspection.adHoc(c.entityId(), c.complaintReference(), c.type(), c.scheduledOn(), c.inspectors(),
                    dims, entity.languageStatus(), clock.instant(), caller());
        }
        em.persist(inspection);
        em.flush();
        audit.recordChange(inspection, "SCHEDULED", null);
        return view(inspection);
    }

    /** Whether the caller may schedule an inspection, for the view that offers it. */
    public boolean maySchedule() {
        return InspectionPermissions.maySchedule(CallerRoles.of(ctx));
    }

    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public InspectionView reschedule(long id, @NotNull @Valid RescheduleInspection c) {
        Inspection i = entity(id);
        String before = i.auditSummary();
        i.reschedule(c.scheduledOn(), c.inspectors());
        em.flush();
        audit.recordChange(i, "RESCHEDULED", before);
        return view(i);
    }

    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public FindingView recordFinding(long inspectionId, @NotNull @Valid RecordFinding c) {
        Inspection i = entity(inspectionId);
        Finding f = i.recordFinding(c.itemCode(), c.outcome(), c.severity(), c.description(),
                c.foundOn() == null ? LocalDate.now(clock) : c.foundOn(), clock.instant(), caller());
        em.flush();
        audit.recordChange(f, "RECORDED", null);
        return FindingView.of(f);
    }

    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public InspectionView complete(long id, @NotNull @Valid CompleteInspection c) {
        Inspection i = entity(id);
        String before = i.auditSummary();
        i.complete(c.report(), c.completedOn() == null ? LocalDate.now(clock) : c.completedOn());
        em.flush();
        audit.recordChange(i, "COMPLETED", before);
        return view(i);
    }

    private Inspection entity(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id)).orElseThrow(() -> new NotFoundException("inspection", id));
    }

    private InspectionView view(Inspection i) {
        SupervisedEntity e = em.find(SupervisedEntity.class, i.entityId());
        return InspectionView.of(i, e == null ? null : e.nameFi(), i.allowedActions(CallerRoles.of(ctx)));
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}
