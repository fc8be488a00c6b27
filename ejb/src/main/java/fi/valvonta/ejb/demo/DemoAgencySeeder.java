package fi.valvonta.ejb.demo;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.measure.DecisionSettings;
import fi.valvonta.ejb.platform.DemoMode;
import fi.valvonta.ejb.planning.PlanningDemoData;
import fi.valvonta.model.risk.EntityIndicator;
import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.complaint.AttachmentContent;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAttachment;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NoAppeal;
import fi.valvonta.model.complaint.RemarkAddressee;
import fi.valvonta.model.demo.DemoScenario;
import fi.valvonta.model.demo.PlannedComplaint;
import fi.valvonta.model.demo.PlannedInspection;
import fi.valvonta.model.demo.PlannedMeasure;
import fi.valvonta.model.demo.PlannedMeasureCase;
import fi.valvonta.model.demo.PlannedStep;
import fi.valvonta.model.inspection.Inspection;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureContent;
import fi.valvonta.model.measure.MeasureLadder;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.ServiceMethod;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Carries out one batch of the demo agency's plan in the caller's transaction (or its own): each
 * planned record is created only when its DEMO case number is absent, through the aggregates' intent
 * methods with the planned days, and every step is written to the audit trail (the trail's own time is
 * when the demo was seeded; the step's day is in the record).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoAgencySeeder {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private DecisionSettings settings;

    @Inject
    private DemoMode demoMode;

    /** The supervised entities the plan picks from, by kind and language. */
    record Entities(List<Municipality> pilots, List<Municipality> swedishPilots, List<EmploymentArea> areas,
                    List<EmploymentArea> swedishAreas) {

        SupervisedEntity pick(EntityKind kind, boolean swedish, int pick) {
            List<? extends SupervisedEntity> from = kind == EntityKind.MUNICIPALITY
                    ? (swedish && !swedishPilots.isEmpty() ? swedishPilots : pilots)
                    : (swedish && !swedishAreas.isEmpty() ? swedishAreas : areas);
            if (from.isEmpty()) {
                throw new IllegalStateException("the registry has no " + kind + " for the demo agency");
            }
            return from.get(pick % from.size());
        }
    }

    Entities entities() {
        if (!demoMode.isEnabled()) {
            throw new IllegalStateException("the demo agency is created in demo mode only");
        }
        List<Municipality> pilots = em.createQuery("SELECT m FROM Municipality m WHERE m.pilotArea IS NOT NULL ORDER BY m.id",
                Municipality.class).getResultList();
        LocalDate areasFrom = LegalRegime.EMPLOYMENT_AREA_380_2023.inForceFrom();
        List<EmploymentArea> areas = em.createQuery("SELECT a FROM EmploymentArea a ORDER BY a.id", EmploymentArea.class)
                .getResultStream().filter(a -> a.isSupervisedOn(areasFrom)).toList();
        return new Entities(pilots, pilots.stream().filter(m -> m.languageStatus().isBilingual()).toList(),
                areas, areas.stream().filter(a -> a.languageStatus().isBilingual()).toList());
    }

    /** The DEMO complaints already present. */
    public long complaintsPresent() {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.caseNumber.prefix = :p", Long.class)
                .setParameter("p", DemoScenario.CASE_PREFIX).getSingleResult();
    }

    /** Creates the planned complaints {@code from} (inclusive) to {@code to} (exclusive) that are absent; how many. */
    public int seedComplaints(DemoScenario scenario, int from, int to) {
        Entities entities = entities();
        int created = 0;
        for (PlannedComplaint p : scenario.complaints().subList(from, Math.min(to, scenario.complaints().size()))) {
            if (!exists(p.caseNumber())) {
                create(p, entities, scenario.today());
                created++;
            }
        }
        return created;
    }

    private boolean exists(CaseNumber n) {
        return !em.createQuery("SELECT c.id FROM Complaint c WHERE c.caseNumber.prefix = :p AND c.caseNumber.serial = :s "
                        + "AND c.caseNumber.year = :y", Long.class)
                .setParameter("p", n.prefix()).setParameter("s", n.serial()).setParameter("y", n.year())
                .setMaxResults(1).getResultList().isEmpty();
    }

    private void create(PlannedComplaint p, Entities entities, LocalDate today) {
        SupervisedEntity entity = entities.pick(p.supervisedAs(), p.swedish(), p.entityPick());
        Complainant complainant = Complainant.of(p.anonymous(), p.complainantName(), null, null, null, p.language(), null, false);
        Complaint.Intake intake = new Complaint.Intake(p.receivedDate(), p.channel(), complainant, entity, p.officialName(),
                p.conductFrom(), p.conductTo(), p.description(), List.of(p.theme()), false, null, null);
        Complaint c = Complaint.register(p.caseNumber(), intake, intake.screen(List.of()), DemoScenario.REGISTRAR,
                at(p.receivedDate(), 0));
        p.findAssignee().ifPresent(a -> c.assignTo(a, Disqualifications.none()));
        em.persist(c);
        em.flush();
        record(c, "REGISTERED", null, p.receivedDate(), DemoScenario.REGISTRAR);
        if (p.assignee() != null) {
            record(c, "ASSIGNED", null, p.receivedDate(), DemoScenario.REGISTRAR);
        }
        int n = 1;
        for (PlannedStep s : p.steps()) {
            String before = c.auditSummary();
            Instant at = at(s.on(), n++);
            if (s.isStatementReceived()) {
                c.recordStatement(s.on(), s.on());
                record(c, "STATEMENT_RECEIVED", before, s.on(), s.actor());
                continue;
            }
            switch (s.action()) {
                case START_ASSESSMENT -> c.startAssessment(at);
                case REQUEST_SUPPLEMENT -> c.requestSupplement(at);
                case RECEIVE_SUPPLEMENT -> c.receiveSupplement(at);
                case REQUEST_STATEMENT -> c.requestStatement(s.deadline(), at);
                case REQUEST_REPLY -> c.requestReply(s.deadline(), s.on(), at);
                case START_PREPARATION -> c.startPreparation(at);
                case PROPOSE -> c.propose(p.outcome(), null,
                        p.outcome() == DecisionOutcome.REMARK ? RemarkAddressee.MUNICIPALITY : null, p.decisionText(),
                        s.actor(), Disqualifications.none(), s.on(), at);
                case RETURN_FOR_PREPARATION -> c.returnForPreparation(at);
                case DECIDE -> c.decide(s.actor(), null, NoAppeal.statement(c.proceedingsLanguage()), Disqualifications.none(),
                        s.on(), at);
                case SERVE -> c.serve(s.on(), s.on(), at);
                case CLOSE -> c.close(at);
                case PROPOSE_NOT_INVESTIGATED -> c.proposeNotInvestigated(p.notInvestigatedReason(), p.decisionText(), s.actor(),
                        Disqualifications.none(), at);
                case RETURN_TO_ASSESSMENT -> c.returnToAssessment(at);
                case NOT_INVESTIGATE -> c.notInvestigate(s.actor(), NoAppeal.statement(c.proceedingsLanguage()),
                        Disqualifications.none(), s.on(), at);
                case TRANSFER -> c.transfer(p.transferredTo(), s.on(), at);
                case WITHDRAW -> c.withdraw(s.on(), at);
            }
            record(c, s.action().name(), before, s.on(), s.actor());
        }
        c.refreshOverdue(today);
        int i = 1;
        for (String name : p.attachments()) {
            byte[] content = ("DEMO " + name + "\n" + p.description() + "\n").getBytes(StandardCharsets.UTF_8);
            ComplaintAttachment a = new ComplaintAttachment(c.id(), name, "text/plain", content.length, sha256(content),
                    at(p.receivedDate(), i++), DemoScenario.REGISTRAR);
            em.persist(a);
            em.flush();
            em.persist(new AttachmentContent(a.id(), content));
            audit.recordChange(c.auditedType(), c.auditedId(), "DOCUMENT_ADDED", null, "DEMO document " + a.id()
                    + " (text/plain, " + content.length + " bytes, sha256 " + a.sha256() + ")");
        }
        em.flush();
    }

    // ---- measure cases ------------------------------------------------------------------------------

    public int seedMeasureCases(DemoScenario scenario) {
        Entities entities = entities();
        int created = 0;
        for (PlannedMeasureCase p : scenario.measureCases()) {
            if (em.createQuery("SELECT c.id FROM MeasureCase c WHERE c.caseNumber = :n", Long.class)
                    .setParameter("n", p.caseNumber()).getResultList().isEmpty()) {
                create(p, entities, scenario.today());
                created++;
            }
        }
        return created;
    }

    private void create(PlannedMeasureCase p, Entities entities, LocalDate today) {
        EntityKind kind = p.regime() == LegalRegime.PILOT_1269_2020 ? EntityKind.MUNICIPALITY : EntityKind.EMPLOYMENT_AREA;
        SupervisedEntity entity = entities.pick(kind, p.swedish(), p.entityPick());
        MeasureCase mc = new MeasureCase(p.caseNumber(), entity, p.subject(), MeasureOrigin.OWN_INITIATIVE, null, null, null,
                p.dimension(), p.inspector(), p.openedOn(), at(p.openedOn(), 0));
        em.persist(mc);
        em.flush();
        record(mc, "CREATED", null, p.openedOn(), p.inspector());
        String legalBasis = p.regime() == LegalRegime.PILOT_1269_2020
                ? "Laki työllisyyden edistämisen kuntakokeilusta 1269/2020; hallintolaki 434/2003"
                : "Laki työvoimapalvelujen järjestämisestä 380/2023; uhkasakkolaki 1113/1990";
        for (PlannedMeasure pm : p.measures()) {
            create(mc, pm, legalBasis, p.inspector(), today);
        }
    }

    private void create(MeasureCase mc, PlannedMeasure p, String legalBasis, String inspector, LocalDate today) {
        MeasureContent content = new MeasureContent(p.facts(), legalBasis, p.reasoning(), p.decision(), p.deadline(), null, null,
                null, p.suspensionScope(), p.conditionalFine());
        Measure m = mc.draft(p.type(), content, null, inspector, p.draftedOn(), at(p.draftedOn(), 1));
        em.persist(m);
        em.flush();
        record(m, "DRAFTED", null, p.draftedOn(), inspector);
        String decider = "ratkaisija";
        if (p.hearingRequestedOn() != null) {
            String before = m.auditSummary();
            m.requestHearing(p.hearingRequestedOn(), p.hearingDeadline(), p.hearingRequestedOn());
            record(m, "HEARING_REQUESTED", before, p.hearingRequestedOn(), inspector);
        }
        if (p.hearingRespondedOn() != null) {
            String before = m.auditSummary();
            m.recordHearingResponse(p.hearingRespondedOn(), p.hearingRespondedOn());
            record(m, "HEARING_RESPONSE", before, p.hearingRespondedOn(), inspector);
        }
        if (p.proposedOn() == null) {
            return;
        }
        String before = m.auditSummary();
        m.propose(inspector, p.proposedOn(), at(p.proposedOn(), 2));
        record(m, "PROPOSED", before, p.proposedOn(), inspector);
        if (p.decidedOn() == null) {
            return;
        }
        before = m.auditSummary();
        m.decide(decider, EnumSet.of(Role.DECISION_MAKER), p.decidedOn(), p.decidedOn(), at(p.decidedOn(), 3), null, null);
        record(m, "DECIDED", before, p.decidedOn(), decider);
        if (p.servedOn() == null) {
            return;
        }
        before = m.auditSummary();
        m.serve(ServiceMethod.VERIFIED_ELECTRONIC, p.servedOn(), p.servedOn(), settings.minWorkingDaysToComply());
        record(m, "SERVED", before, p.servedOn(), inspector);
        FollowUp task = null;
        if (m.type() == MeasureType.ORDER && m.deadline() != null) {
            task = FollowUp.forServedOrder(m, at(p.servedOn(), 4));
            em.persist(task);
            em.flush();
            audit.recordChange(task, "CREATED", null);
        }
        if (p.appealLodgedOn() != null) {
            before = m.auditSummary();
            m.recordAppeal(p.appealLodgedOn());
            record(m, "APPEALED", before, p.appealLodgedOn(), inspector);
        }
        if (p.courtOutcome() != null) {
            before = m.auditSummary();
            m.recordCourtOutcome(p.courtOutcome(), p.courtDecidedOn(), null, p.courtDecidedOn());
            record(m, "COURT_OUTCOME", before, p.courtDecidedOn(), inspector);
        }
        if (p.complied() != null) {
            before = m.auditSummary();
            String evidence = p.complied() ? "DEMO: selvitys korjatusta menettelystä" : "DEMO: puutetta ei ole korjattu";
            m.recordCompliance(p.complied(), evidence, p.complianceRecordedOn());
            record(m, p.complied() ? "COMPLIED" : "NOT_COMPLIED", before, p.complianceRecordedOn(), inspector);
        }
        if (task != null) {
            String taskBefore = task.auditSummary();
            Optional<MeasureType> next = MeasureLadder.proposeNextStep(mc.entity().regime(), mc.history(), today);
            if (p.complied() != null && p.complied()) {
                task.close(next, clock.instant());
                audit.recordChange(task, "CLOSED", taskBefore);
            } else if (task.isDueOn(today)) {
                task.becomeDue(next, clock.instant());
                audit.recordChange(task, "DUE", taskBefore);
            }
        }
        em.flush();
    }

    // ---- inspections --------------------------------------------------------------------------------

    public int seedInspections(DemoScenario scenario) {
        Entities entities = entities();
        int created = 0;
        for (PlannedInspection p : scenario.inspections()) {
            if (em.createQuery("SELECT i.id FROM Inspection i WHERE i.complaintReference = :r", Long.class)
                    .setParameter("r", p.reference()).getResultList().isEmpty()) {
                SupervisedEntity entity = entities.pick(EntityKind.EMPLOYMENT_AREA, p.swedish(), p.entityPick());
                Instant now = clock.instant();
                Inspection i = Inspection.adHoc(entity.id(), p.reference(), p.type(), p.scheduledOn(), p.inspectors(),
                        List.of(Dimension.values()), entity.languageStatus(), now, DemoScenario.REGISTRAR);
                for (PlannedInspection.Finding f : p.findings()) {
                    i.recordFinding(f.itemCode(), f.outcome(), f.severity(), f.description(), p.scheduledOn(), now,
                            p.inspectors().get(0));
                }
                if (p.isCompleted()) {
                    i.complete(p.report(), p.scheduledOn().plusDays(1));
                }
                em.persist(i);
                em.flush();
                record(i, "SCHEDULED", null, p.scheduledOn(), DemoScenario.REGISTRAR);
                if (p.isCompleted()) {
                    record(i, "COMPLETED", null, p.scheduledOn().plusDays(1), p.inspectors().get(0));
                }
                created++;
            }
        }
        return created;
    }

    // ---- indicators of the employment areas ----------------------------------------------------------

    /**
     * Synthetic indicators (source DEMO, like the pilots' of {@code PlanningDemoData}) for every employment
     * area from 1.1.2025, so that the risk model ranks the areas and the 2025 plan has entries: the clients
     * of its former pilot members where they have DEMO figures, otherwise a plausible size; how many created.
     */
    public int seedAreaIndicators() {
        LocalDate validOn = LegalRegime.EMPLOYMENT_AREA_380_2023.inForceFrom();
        java.util.Map<Long, EntityIndicator> demo = new java.util.HashMap<>();
        em.createQuery("SELECT i FROM EntityIndicator i WHERE i.source = :s", EntityIndicator.class)
                .setParameter("s", PlanningDemoData.SOURCE).getResultStream().forEach(i -> demo.putIfAbsent(i.entityId(), i));
        int created = 0;
        for (EmploymentArea a : entities().areas()) {
            if (demo.containsKey(a.id())) {
                continue; // already has its DEMO figures
            }
            java.util.Random rnd = new java.util.Random(a.id());
            int clients = a.membersOn(validOn).stream().map(m -> demo.get(m.id())).filter(java.util.Objects::nonNull)
                    .mapToInt(EntityIndicator::clientCount).sum();
            if (clients == 0) {
                clients = (int) Math.round(400 * Math.exp(rnd.nextDouble() * 2.5));
            }
            double foreign = Math.round((0.02 + rnd.nextDouble() * (a.languageStatus().isBilingual() ? 0.2 : 0.1)) * 10_000) / 10_000.0;
            double under30 = Math.round((0.15 + rnd.nextDouble() * 0.15) * 10_000) / 10_000.0;
            em.persist(new EntityIndicator(a.id(), validOn, clients, foreign, under30, PlanningDemoData.SOURCE, clock.instant(),
                    AuditTrail.SYSTEM_ACTOR));
            created++;
        }
        if (created > 0) {
            em.flush();
            audit.recordChange(fi.valvonta.model.audit.AuditedType.ENTITY_INDICATOR, 0, "DEMO_LOADED", null,
                    "DEMO indicators for " + created + " employment areas from " + validOn);
        }
        return created;
    }

    // ---- census -------------------------------------------------------------------------------------

    /** Counts what of the demo agency is present (visible to the caller's transaction). */
    public DemoCensus census() {
        String demo = " WHERE c.caseNumber.prefix = :p";
        return new DemoCensus(
                grouped("SELECT c.state, COUNT(c) FROM Complaint c" + demo + " GROUP BY c.state"),
                grouped("SELECT c.outcome, COUNT(c) FROM Complaint c" + demo + " AND c.outcome IS NOT NULL GROUP BY c.outcome"),
                grouped("SELECT c.proceedingsLanguage, COUNT(c) FROM Complaint c" + demo + " GROUP BY c.proceedingsLanguage"),
                count("SELECT COUNT(c) FROM Complaint c" + demo + " AND c.overdue = TRUE", true),
                count("SELECT COUNT(a) FROM ComplaintAttachment a WHERE a.complaintId IN (SELECT c.id FROM Complaint c" + demo + ")", true),
                em.createQuery("SELECT m.type, m.state, COUNT(m) FROM Measure m WHERE m.measureCase.caseNumber LIKE :l "
                                + "GROUP BY m.type, m.state", Object[].class).setParameter("l", DemoScenario.CASE_PREFIX + "/%")
                        .getResultStream().collect(java.util.stream.Collectors.toMap(r -> r[0] + ":" + r[1], r -> (Long) r[2],
                                Long::sum, java.util.TreeMap::new)),
                count("SELECT COUNT(m) FROM Measure m WHERE m.measureCase.caseNumber LIKE :l AND m.appealLodgedOn IS NOT NULL", false),
                count("SELECT COUNT(i) FROM Inspection i WHERE i.complaintReference LIKE :l", false),
                count("SELECT COUNT(i) FROM Inspection i WHERE i.complaintReference LIKE :l AND i.state = "
                        + "fi.valvonta.model.inspection.InspectionState.COMPLETED", false),
                count("SELECT COUNT(f) FROM Inspection i JOIN i.findings f WHERE i.complaintReference LIKE :l", false));
    }

    private java.util.SortedMap<String, Long> grouped(String jpql) {
        return em.createQuery(jpql, Object[].class).setParameter("p", DemoScenario.CASE_PREFIX).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> String.valueOf(r[0]), r -> (Long) r[1], Long::sum,
                        java.util.TreeMap::new));
    }

    private long count(String jpql, boolean byPrefix) {
        var q = em.createQuery(jpql, Long.class);
        return (byPrefix ? q.setParameter("p", DemoScenario.CASE_PREFIX) : q.setParameter("l", DemoScenario.CASE_PREFIX + "/%"))
                .getSingleResult();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The instant of a step on {@code day}: office hours, Finnish time, in the order of the steps. */
    private Instant at(LocalDate day, int step) {
        return day.atTime(LocalTime.of(9, 0).plusMinutes(7L * step)).atZone(clock.getZone()).toInstant();
    }

    private void record(Auditable subject, String action, String before, LocalDate on, String actor) {
        // the services' own action names, so the timeline reads as any case's; the DEMO label is in the text
        audit.recordChange(subject.auditedType(), subject.auditedId(), action, before,
                subject.auditSummary() + "; DEMO " + on + " by " + actor);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
