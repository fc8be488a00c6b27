package fi.valvonta.ejb.risk;

import fi.valvonta.ejb.platform.ClockProducer;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.risk.ComplaintSignal;
import fi.valvonta.model.risk.EntityIndicator;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.inspection.Finding;
import fi.valvonta.model.inspection.FindingOutcome;
import fi.valvonta.model.risk.FindingSignal;
import fi.valvonta.model.inspection.InspectionState;
import fi.valvonta.model.risk.OrderSignal;
import fi.valvonta.model.risk.RiskSignal;
import fi.valvonta.model.risk.SignalKind;
import fi.valvonta.model.measure.MeasureState;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the risk model's input ({@link EntityRiskInput}) of every entity supervised in a plan year, as
 * of a date: indicators, last inspection and findings from this module's tables; complaint and order
 * signals from {@link #complaintSignals} and {@link #orderSignals}.
 *
 * <p>Complaints and orders come from their own modules' tables, plus historical signals imported into
 * {@code risk_signal_import} (CSV import, demo data).
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class RiskInputs {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    /** Inputs of every entity whose supervision covers some day of the year, in entity id order. */
    public List<EntityRiskInput> forYear(int year, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        // the year decides the entity set: the pilot municipalities to 2024, the employment areas from 2025
        // (the supervision period overlaps the year; filtered here: "from" is a JPQL keyword). Municipalities that
        // were never pilots are never supervised themselves.
        List<SupervisedEntity> entities = em.createQuery("SELECT e FROM SupervisedEntity e WHERE e.regime IS NOT NULL "
                        + "ORDER BY e.id", SupervisedEntity.class).getResultList().stream()
                .filter(e -> e.isSupervisedBetween(first, last))
                .toList();
        Map<Long, EntityIndicator> indicators = indicators(asOf);
        Map<Long, LocalDate> lastInspections = lastInspections(asOf);
        Map<Long, List<FindingSignal>> findings = findingSignals(asOf);
        Map<Long, List<ComplaintSignal>> complaints = complaintSignals(asOf);
        Map<Long, List<OrderSignal>> orders = orderSignals(asOf);
        List<EntityRiskInput> inputs = new ArrayList<>(entities.size());
        for (SupervisedEntity e : entities) {
            EntityIndicator ind = indicators.get(e.id());
            inputs.add(new EntityRiskInput(e.id(), e.nameFi(), e.languageStatus(),
                    ind == null ? 0 : ind.clientCount(),
                    ind == null ? 0 : ind.foreignLanguageShare(),
                    ind == null ? 0 : ind.under30Share(),
                    lastInspections.get(e.id()),
                    complaints.getOrDefault(e.id(), List.of()),
                    findings.getOrDefault(e.id(), List.of()),
                    orders.getOrDefault(e.id(), List.of())));
        }
        return inputs;
    }

    /** The latest indicators of each entity dated on or before the date. */
    public Map<Long, EntityIndicator> indicators(LocalDate asOf) {
        Map<Long, EntityIndicator> latest = new HashMap<>();
        em.createQuery("SELECT i FROM EntityIndicator i WHERE i.validOn <= :asOf ORDER BY i.entityId, i.validOn DESC",
                        EntityIndicator.class)
                .setParameter("asOf", asOf).getResultList()
                .forEach(i -> latest.putIfAbsent(i.entityId(), i));
        return latest;
    }

    /** Date of each entity's last completed inspection on or before the date. */
    Map<Long, LocalDate> lastInspections(LocalDate asOf) {
        Map<Long, LocalDate> last = new HashMap<>();
        em.createQuery("SELECT i.entityId, MAX(i.completedOn) FROM Inspection i WHERE i.state = :done "
                        + "AND i.completedOn <= :asOf GROUP BY i.entityId", Object[].class)
                .setParameter("done", InspectionState.COMPLETED).setParameter("asOf", asOf).getResultList()
                .forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        return last;
    }

    /** Deficiencies found in inspections, by entity. */
    Map<Long, List<FindingSignal>> findingSignals(LocalDate asOf) {
        Map<Long, List<FindingSignal>> byEntity = new HashMap<>();
        em.createQuery("SELECT f FROM Finding f WHERE f.outcome = :deficiency AND f.foundOn <= :asOf ORDER BY f.id",
                        Finding.class)
                .setParameter("deficiency", FindingOutcome.DEFICIENCY).setParameter("asOf", asOf).getResultList()
                .forEach(f -> FindingSignal.of(f).ifPresent(s -> byEntity.computeIfAbsent(f.entityId(), k -> new ArrayList<>()).add(s)));
        return byEntity;
    }

    /**
     * Complaints known on the date, by entity: one signal per theme in a risk dimension, from the
     * complaint register, plus historical ones imported into {@code risk_signal_import}.
     */
    public Map<Long, List<ComplaintSignal>> complaintSignals(LocalDate asOf) {
        Map<Long, List<ComplaintSignal>> byEntity = new HashMap<>();
        em.createQuery("SELECT s FROM RiskSignal s WHERE s.kind = :kind AND s.occurredOn <= :asOf ORDER BY s.id",
                        RiskSignal.class)
                .setParameter("kind", SignalKind.COMPLAINT).setParameter("asOf", asOf).getResultList()
                .forEach(s -> byEntity.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s.toComplaintSignal()));
        em.createQuery("SELECT c.entity.id, t, c.receivedDate, c.state, c.outcome, c.decidedAt "
                        + "FROM Complaint c JOIN c.themes t WHERE c.receivedDate <= :asOf", Object[].class)
                .setParameter("asOf", asOf).getResultList()
                .forEach(r -> {
                    LocalDate decidedOn = r[5] == null ? null : LocalDate.ofInstant((Instant) r[5], ClockProducer.FINLAND);
                    ComplaintSignal.of((Theme) r[1], (LocalDate) r[2], (ComplaintState) r[3], (DecisionOutcome) r[4],
                                    decidedOn, asOf)
                            .ifPresent(c -> byEntity.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(c));
                });
        return byEntity;
    }

    /**
     * Orders open on the date (decided, not yet complied with), overdue once past their deadline, by
     * entity: the measure module's orders, plus historical ones imported into {@code risk_signal_import}.
     * An order whose matter names no dimension cannot be attributed and is left out.
     */
    public Map<Long, List<OrderSignal>> orderSignals(LocalDate asOf) {
        Map<Long, List<OrderSignal>> byEntity = new HashMap<>();
        em.createQuery("SELECT s FROM RiskSignal s WHERE s.kind = :kind AND s.occurredOn <= :asOf ORDER BY s.id",
                        RiskSignal.class)
                .setParameter("kind", SignalKind.ORDER).setParameter("asOf", asOf).getResultList().stream()
                .filter(s -> s.isOpenOn(asOf))
                .forEach(s -> byEntity.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s.toOrderSignal(asOf)));
        em.createQuery("SELECT c.entity.id, c.dimension, m.decidedOn, m.deadline, m.complianceRecordedOn, m.state "
                        + "FROM Measure m JOIN m.measureCase c WHERE m.type = :order AND m.decidedOn <= :asOf", Object[].class)
                .setParameter("order", MeasureType.ORDER).setParameter("asOf", asOf).getResultList()
                .forEach(r -> {
                    // only a recorded compliance closes an order; NOT_COMPLIED keeps it open
                    LocalDate compliedOn = r[5] == MeasureState.COMPLIED ? (LocalDate) r[4] : null;
                    OrderSignal.of((Dimension) r[1], (LocalDate) r[2], (LocalDate) r[3], compliedOn, asOf)
                            .ifPresent(o -> byEntity.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(o));
                });
        return byEntity;
    }
}
