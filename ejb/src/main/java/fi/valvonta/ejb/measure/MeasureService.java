package fi.valvonta.ejb.measure;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CaseNumberAllocator;
import fi.valvonta.model.agency.AgencySettings;
import fi.valvonta.model.measure.DecisionRoles;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.HearingRule;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureLadder;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureState;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.SupervisionRule;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.shared.NotFoundException;
import fi.valvonta.model.shared.RuleViolationException;
import fi.valvonta.model.user.Role;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures end to end. An INSPECTOR drafts, hears the party, presents, serves and records compliance
 * and appeals; a DECISION_MAKER other than the presenter decides; the AUDITOR reads. Every rule of law
 * comes from the model: {@link MeasureLadder} (regime), {@link HearingRule} (HL 34 §),
 * {@link DecisionRoles} (presentation procedure), {@link SupervisionRule}, and the measure's own states.
 */
@Stateless
@RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class MeasureService {

    static final AuditedType CASE = AuditedType.MEASURE_CASE;
    static final AuditedType MEASURE = AuditedType.MEASURE;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private CaseNumberAllocator caseNumbers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AgencySettings agency;

    @Resource
    private SessionContext ctx;

    // ---------------------------------------------------------------- drafting

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView draft(@NotNull @Valid DraftMeasure command) {
        LocalDate today = today();
        MeasureCase measureCase = command.caseId() != null ? getCase(command.caseId()) : openCase(command, today);
        SupervisedEntity entity = measureCase.entity();
        LegalRegime regime = entity.regime();
        MeasureType type = command.type();
        // the regime decides early, with the rule named; checked again when deciding
        MeasureLadder.checkAllowed(regime, type, measureCase.history(), today);
        if (type == MeasureType.ORDER && command.conditionalFine() != null) {
            MeasureLadder.checkMayAttachConditionalFine(regime);
        }
        Measure corrects = null;
        if (command.corrects() != null) {
            corrects = Optional.ofNullable(em.find(Measure.class, command.corrects()))
                    .orElseThrow(() -> new RuleViolationException("measure.correction-unknown", "corrects",
                            "No measure " + command.corrects() + " to correct"));
        }
        Measure measure = Measure.draft(measureCase, type, command.content(), corrects, caller(), clock.instant());
        em.persist(measure);
        em.flush();
        audit.recordChange(MEASURE, measure.id(), "DRAFTED", null, summary(measure));
        return MeasureView.of(measure);
    }

    private MeasureCase openCase(DraftMeasure command, LocalDate today) {
        if (command.entityId() == null) {
            throw new RuleViolationException("measure.entity-missing", "entityId",
                    "A new measure case names the supervised entity (or give caseId)");
        }
        SupervisedEntity entity = Optional.ofNullable(em.find(SupervisedEntity.class, command.entityId()))
                .orElseThrow(() -> new RuleViolationException("measure.entity-unknown", "entityId",
                        "No supervised entity " + command.entityId()));
        MeasureOrigin origin = command.origin() == null ? MeasureOrigin.OWN_INITIATIVE : command.origin();
        MeasureCase c = new MeasureCase(nextCaseNumber(today), entity, command.subject(), origin,
                command.complaintId(), command.findingId(), command.originReference(), command.dimension(),
                caller(), today, clock.instant());
        em.persist(c);
        em.flush();
        audit.recordChange(CASE, c.id(), "OPENED", null, c.caseNumber() + " " + entity.nameFi() + ": " + c.subject()
                + " (" + origin + c.originReference().map(r -> " " + r).orElse("") + ")");
        return c;
    }

    /** The agency's next case number for the date: one diary for complaints and measure cases alike. */
    private String nextCaseNumber(LocalDate today) {
        return caseNumbers.next(agency.prefixFor(today), today.getYear()).toString();
    }

    // ---------------------------------------------------------------- hearing, presentation, decision

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView requestHearing(long id, @NotNull @Valid Commands.RequestHearing command) {
        Measure m = getMeasure(id);
        LocalDate requestedOn = command.requestedOn() == null ? today() : command.requestedOn();
        notInFuture(requestedOn, "requestedOn");
        m.requestHearing(requestedOn, command.deadline());
        return changed(m, "HEARING_REQUESTED", null, "hearing " + requestedOn + ", respond by " + command.deadline());
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordHearingResponse(long id, @NotNull @Valid Commands.RecordHearingResponse command) {
        Measure m = getMeasure(id);
        notInFuture(command.respondedOn(), "respondedOn");
        m.recordHearingResponse(command.respondedOn());
        return changed(m, "HEARING_RESPONSE", null, "response " + command.respondedOn());
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView propose(long id) {
        Measure m = getMeasure(id);
        String before = summary(m);
        m.propose(caller(), clock.instant());
        return changed(m, "PROPOSED", before, summary(m));
    }

    /**
     * Decides a proposed measure. Open to inspectors too so that the presentation rule itself
     * ({@link DecisionRoles}) refuses them with its own message rather than a bare 403.
     */
    @RolesAllowed({Role.DECISION_MAKER_NAME, Role.INSPECTOR_NAME})
    public MeasureView decide(long id, @NotNull @Valid Commands.Decide command) {
        Measure m = getMeasure(id);
        m.checkAwaitsDecision(); // the state first: a decided measure is frozen whoever asks
        LocalDate decidedOn = command.decidedOn() == null ? today() : command.decidedOn();
        notInFuture(decidedOn, "decidedOn");
        DecisionRoles.checkDecider(m.presenter(), caller(), ctx.isCallerInRole(Role.DECISION_MAKER_NAME));
        MeasureCase c = m.measureCase();
        SupervisionRule.checkCompetent(m.type(), c.entity(), decidedOn);
        MeasureLadder.checkAllowed(c.entity().regime(), m.type(), c.historyExcluding(m), decidedOn);
        if (m.type() == MeasureType.ORDER && m.conditionalFine() != null) {
            MeasureLadder.checkMayAttachConditionalFine(c.entity().regime());
        }
        HearingRule.checkMayDecide(m.type(), m.hearing(), decidedOn);
        String before = summary(m);
        m.decide(caller(), decidedOn, clock.instant(), command.decision(), command.dissent());
        return changed(m, "DECIDED", before, summary(m) + (m.dissent() == null ? "" : " with dissent"));
    }

    // ---------------------------------------------------------------- service, follow-up, appeal

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView serve(long id, @NotNull @Valid Commands.Serve command) {
        Measure m = getMeasure(id);
        notInFuture(command.date(), "date");
        String before = summary(m);
        m.serve(command.method(), command.date());
        MeasureView view = changed(m, "SERVED", before, summary(m) + " served " + m.servedOn() + " (" + m.serviceMethod()
                + "), appeal period ends " + m.appealPeriodEnds() + ", final " + m.finalOn());
        if (m.type() == MeasureType.ORDER && m.deadline() != null) {
            FollowUp task = FollowUp.forServedOrder(m, clock.instant());
            em.persist(task);
            em.flush();
            audit.recordChange(AuditedType.FOLLOW_UP, task.id(), "CREATED", null, "order " + m.id() + " due " + task.dueOn());
            makeDueIfTime(task, today());
        }
        return view;
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordCompliance(long id, @NotNull @Valid Commands.RecordCompliance command) {
        Measure m = getMeasure(id);
        String before = summary(m);
        m.recordCompliance(command.complied(), command.evidence(), today());
        MeasureView view = changed(m, command.complied() ? "COMPLIED" : "NOT_COMPLIED", before, summary(m));
        followUpOf(m).ifPresent(task -> {
            task.close(proposal(m.measureCase()), clock.instant());
            audit.recordChange(AuditedType.FOLLOW_UP, task.id(), "CLOSED", null,
                    "order " + m.id() + " " + m.state() + ", proposed next " + task.proposedNext().orElse(null));
        });
        return view;
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordAppeal(long id, @NotNull @Valid Commands.RecordAppeal command) {
        Measure m = getMeasure(id);
        m.recordAppeal(command.lodgedOn());
        return changed(m, "APPEALED", null, "appeal lodged " + command.lodgedOn());
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordCourtOutcome(long id, @NotNull @Valid Commands.RecordCourtOutcome command) {
        Measure m = getMeasure(id);
        m.recordCourtOutcome(command.outcome(), command.decidedOn());
        return changed(m, "COURT_OUTCOME", null, command.outcome() + " " + command.decidedOn());
    }

    /** Run by {@link FollowUpTimer}: pending follow-ups whose day has come become due, with the ladder's proposal. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.ADMIN_NAME})
    public int makeFollowUpsDue() {
        LocalDate today = today();
        List<FollowUp> pending = em.createQuery("SELECT f FROM FollowUp f WHERE f.state = :s AND f.dueOn <= :today",
                FollowUp.class).setParameter("s", FollowUp.State.PENDING).setParameter("today", today).getResultList();
        pending.forEach(f -> makeDueIfTime(f, today));
        return pending.size();
    }

    private void makeDueIfTime(FollowUp task, LocalDate today) {
        if (task.isDueOn(today)) {
            task.becomeDue(proposal(task.measure().measureCase()), clock.instant());
            audit.recordChange(AuditedType.FOLLOW_UP, task.id(), "DUE", null,
                    "order " + task.measure().id() + " past its deadline; proposed next " + task.proposedNext().orElse(null));
        }
    }

    // ---------------------------------------------------------------- reading

    public MeasureView get(long id, AuditChannel channel) {
        Measure m = getMeasure(id);
        audit.recordView(MEASURE, id, channel);
        return MeasureView.of(m);
    }

    public Optional<MeasureView> find(long id) {
        return Optional.ofNullable(em.find(Measure.class, id)).map(MeasureView::of);
    }

    /** The register of measures of one entity, newest case first. */
    public List<MeasureView> ofEntity(long entityId) {
        return em.createQuery("SELECT m FROM Measure m WHERE m.measureCase.entity.id = :e "
                        + "ORDER BY m.measureCase.id DESC, m.id", Measure.class)
                .setParameter("e", entityId).getResultList().stream().map(MeasureView::of).toList();
    }

    public List<MeasureView> ofCase(long caseId) {
        return getCase(caseId).measures().stream().map(MeasureView::of).toList();
    }

    /** Measures in the given states, newest first (work lists of the UI). */
    public List<MeasureView> inStates(List<MeasureState> states, int max) {
        return em.createQuery("SELECT m FROM Measure m WHERE m.state IN :s ORDER BY m.id DESC", Measure.class)
                .setParameter("s", states).setMaxResults(max).getResultList().stream().map(MeasureView::of).toList();
    }

    /** What the regime allows in the case and what the ladder proposes next, as of today. */
    public NextStep nextStep(long caseId) {
        MeasureCase c = getCase(caseId);
        LegalRegime regime = c.entity().regime();
        return new NextStep(c.id(), c.caseNumber(), regime, MeasureLadder.allowedTypes(regime),
                proposal(c).orElse(null));
    }

    public List<FollowUpView> followUps(FollowUp.State state) {
        return em.createQuery("SELECT f FROM FollowUp f WHERE f.state = :s ORDER BY f.dueOn, f.id", FollowUp.class)
                .setParameter("s", state).getResultList().stream().map(FollowUpView::of).toList();
    }

    public Optional<FollowUpView> followUpOfMeasure(long measureId) {
        return followUpOf(getMeasure(measureId)).map(FollowUpView::of);
    }

    /** Served orders of the entity whose compliance is not recorded (for the risk model). */
    public List<OpenOrder> openOrders(long entityId) {
        return openOrderQuery(" AND m.measureCase.entity.id = :e", entityId);
    }

    /** Per entity with open orders: how many are open and how many of them are overdue (for the risk model). */
    public List<EntityOrderCounts> openAndOverdueOrdersByEntity() {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (OpenOrder o : openOrderQuery("", null)) {
            long[] c = counts.computeIfAbsent(o.entityId(), k -> new long[2]);
            c[0]++;
            c[1] += o.overdue() ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new EntityOrderCounts(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private List<OpenOrder> openOrderQuery(String where, Long entityId) {
        var q = em.createQuery("SELECT m FROM Measure m WHERE m.type = :t AND m.state = :s" + where
                + " ORDER BY m.measureCase.entity.id, m.deadline, m.id", Measure.class)
                .setParameter("t", MeasureType.ORDER).setParameter("s", MeasureState.SERVED);
        if (entityId != null) {
            q.setParameter("e", entityId);
        }
        LocalDate today = today();
        return q.getResultList().stream().map(m -> new OpenOrder(m.id(), m.measureCase().id(),
                m.measureCase().caseNumber(), m.measureCase().entity().id(), m.measureCase().dimension().orElse(null),
                m.deadline(), m.lastDayToComply().orElse(null), m.isOverdue(today))).toList();
    }

    // ---------------------------------------------------------------- helpers

    Measure getMeasure(long id) {
        return Optional.ofNullable(em.find(Measure.class, id)).orElseThrow(() -> new NotFoundException("measure", id));
    }

    MeasureCase getCase(long id) {
        return Optional.ofNullable(em.find(MeasureCase.class, id))
                .orElseThrow(() -> new NotFoundException("measure case", id));
    }

    private Optional<FollowUp> followUpOf(Measure m) {
        return em.createQuery("SELECT f FROM FollowUp f WHERE f.measure = :m", FollowUp.class)
                .setParameter("m", m).getResultStream().findFirst();
    }

    private Optional<MeasureType> proposal(MeasureCase c) {
        return MeasureLadder.proposeNextStep(c.entity().regime(), c.history(), today());
    }

    private MeasureView changed(Measure m, String action, String before, String after) {
        em.flush();
        audit.recordChange(MEASURE, m.id(), action, before, after);
        return MeasureView.of(m);
    }

    private static String summary(Measure m) {
        return m.measureCase().caseNumber() + " " + m.type() + " " + m.state()
                + (m.deadline() == null ? "" : " deadline " + m.deadline())
                + (m.presenter() == null ? "" : " presenter " + m.presenter())
                + (m.decider() == null ? "" : " decider " + m.decider() + " on " + m.decidedOn());
    }

    private void notInFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(today())) {
            throw new RuleViolationException("measure.date-in-future", field, field + " cannot be in the future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}
