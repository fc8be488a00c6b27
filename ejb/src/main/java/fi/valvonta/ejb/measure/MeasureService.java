package fi.valvonta.ejb.measure;

import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.ejb.platform.DisqualificationRegister;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CallerRoles;
import fi.valvonta.ejb.platform.CaseNumberAllocator;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.ejb.suomifi.SuomiFiSettings;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.MeasureAction;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureCase;
import fi.valvonta.model.measure.MeasureLadder;
import fi.valvonta.model.measure.MeasureOrigin;
import fi.valvonta.model.measure.MeasureState;
import fi.valvonta.model.measure.MeasureType;
import fi.valvonta.model.measure.MeasurePermissions;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StatutoryDeadlines;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures end to end, one transaction per action: load, let the aggregate act (it applies every rule
 * itself: {@link Measure}, {@link MeasureCase}), audit, assemble the view. Who may ask for what is
 * {@link MeasurePermissions}; the {@code @RolesAllowed} below are the container's guard and agree with
 * it (MeasureServiceRolesTest). The views carry the actions the caller is offered.
 */
@Stateless
@RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class MeasureService {

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

    @Inject
    private DecisionSettings settings;

    @Inject
    private DisqualificationRegister disqualifications;

    @Inject
    private SuomiFiSettings suomiFi;

    @Resource
    private SessionContext ctx;

    // ---------------------------------------------------------------- drafting

    /**
     * Whether the caller may open a case and draft a measure (the pages offer drafting by this). Any
     * signed-in user may ask: the complaint page asks it for the registry too, which reads no measures.
     */
    @PermitAll
    public boolean mayDraft() {
        return MeasurePermissions.mayDraft(CallerRoles.of(ctx));
    }

    /** Drafts a measure on a case, opening the case first when the command names an entity instead. */
    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView draft(@NotNull @Valid DraftMeasure command) {
        LocalDate today = today();
        MeasureCase measureCase = command.caseId() != null ? getCase(command.caseId()) : openCase(command, today);
        Measure corrects = command.corrects() == null ? null : findMeasure(command.corrects())
                .orElseThrow(() -> new RuleViolationException("measure.correction-unknown", "corrects",
                        "No measure " + command.corrects() + " to correct"));
        Measure measure = measureCase.draft(command.type(), command.content(), corrects, caller(), today,
                clock.instant());
        em.persist(measure);
        em.flush();
        audit.recordChange(measure, "DRAFTED", null);
        return view(measure);
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
        audit.recordChange(c, "OPENED", null);
        return c;
    }

    /** The agency's next case number for the date: one diary for complaints and measure cases alike. */
    private String nextCaseNumber(LocalDate today) {
        return caseNumbers.next(agency.prefixFor(today), today.getYear()).toString();
    }

    // ---------------------------------------------------------------- hearing, presentation, decision

    /** HL 34 §: {@code requestedOn} defaults to today. */
    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView requestHearing(long id, @NotNull @Valid Commands.RequestHearing command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        LocalDate today = today();
        m.requestHearing(command.requestedOn() == null ? today : command.requestedOn(), command.deadline(), today);
        return changed(m, "HEARING_REQUESTED", before);
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordHearingResponse(long id, @NotNull @Valid Commands.RecordHearingResponse command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.recordHearingResponse(command.respondedOn(), today());
        return changed(m, "HEARING_RESPONSE", before);
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView propose(long id) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        // HL 27 §: a disqualified official does not present (Disqualifications)
        disqualifications.inCase(m.measureCase().caseNumber()).require(caller(), Disqualifications.Capacity.PRESENTER);
        m.propose(caller(), today(), clock.instant());
        return changed(m, "PROPOSED", before);
    }

    /**
     * Decides a proposed measure; {@code decidedOn} defaults to today. Open to inspectors too
     * ({@link MeasurePermissions#admittedToTry}) so that the measure refuses them with the rule's own code.
     */
    @RolesAllowed({Role.DECISION_MAKER_NAME, Role.INSPECTOR_NAME})
    public MeasureView decide(long id, @NotNull @Valid Commands.Decide command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        LocalDate today = today();
        // HL 27 §: neither the presenter nor the decider is disqualified (Disqualifications)
        disqualifications.inCase(m.measureCase().caseNumber()).requireDecisionMakers(m.presenter(), caller());
        m.decide(caller(), callerRoles(), command.decidedOn() == null ? today : command.decidedOn(), today,
                clock.instant(), command.decision(), command.dissent());
        MeasureView decided = changed(m, "DECIDED", before);
        audit.recordChange(AuditedType.MEASURE, id, "IMPARTIALITY_CONFIRMED", null,
                "presenter " + m.presenter() + " and decider " + caller() + " not disqualified (HL 28 §)");
        return decided;
    }

    // ---------------------------------------------------------------- service, follow-up, appeal

    /**
     * Tiedoksianto ({@link Measure#serve}: an obligating decision only verifiably, an order only while its
     * deadline leaves the configured time to comply); a served order with a deadline gets its compliance follow-up.
     */
    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView serve(long id, @NotNull @Valid Commands.Serve command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.serve(command.method(), command.date(), today(), settings.minWorkingDaysToComply());
        MeasureView view = changed(m, "SERVED", before);
        startFollowUp(m);
        return view;
    }

    /**
     * After a service recorded from a receipt the messaging service reported ({@link ElectronicService}): a
     * served order with a deadline gets its compliance follow-up, as {@link #serve} gives it.
     */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.ADMIN_NAME})
    public void startFollowUpOfServed(long id) {
        Measure m = getMeasure(id);
        if (m.state() == MeasureState.SERVED && followUpOf(m).isEmpty()) {
            startFollowUp(m);
        }
    }

    private void startFollowUp(Measure m) {
        if (m.type() == MeasureType.ORDER && m.deadline() != null) {
            FollowUp task = FollowUp.forServedOrder(m, clock.instant());
            em.persist(task);
            em.flush();
            audit.recordChange(task, "CREATED", null);
            makeDueIfTime(task, today());
        }
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordCompliance(long id, @NotNull @Valid Commands.RecordCompliance command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.recordCompliance(command.complied(), command.evidence(), today());
        MeasureView view = changed(m, command.complied() ? "COMPLIED" : "NOT_COMPLIED", before);
        followUpOf(m).ifPresent(task -> {
            String taskBefore = task.auditSummary();
            task.close(proposal(m.measureCase()), clock.instant());
            audit.recordChange(task, "CLOSED", taskBefore);
        });
        return view;
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordAppeal(long id, @NotNull @Valid Commands.RecordAppeal command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.recordAppeal(command.lodgedOn());
        return changed(m, "APPEALED", before);
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordCourtOutcome(long id, @NotNull @Valid Commands.RecordCourtOutcome command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.recordCourtOutcome(command.outcome(), command.decidedOn(), command.servedOn(), today());
        return changed(m, "COURT_OUTCOME", before);
    }

    /** HL 59 §, laki 13/2003 19 §: the actual date of receipt shown against a presumed date of service. */
    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView rebutServiceDate(long id, @NotNull @Valid Commands.RebutServiceDate command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.rebutServiceDate(command.receivedOn(), today());
        return changed(m, "SERVICE_DATE_REBUTTED", before);
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordFurtherAppeal(long id, @NotNull @Valid Commands.RecordFurtherAppeal command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.recordFurtherAppeal(command.lodgedOn(), today());
        return changed(m, "FURTHER_APPEAL", before);
    }

    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView recordSupremeCourtDecision(long id, @NotNull @Valid Commands.RecordSupremeCourtDecision command) {
        Measure m = getMeasure(id);
        String before = m.auditSummary();
        m.recordSupremeCourtDecision(command.leaveGranted(), command.outcome(), command.decidedOn(), today());
        return changed(m, "SUPREME_COURT_DECISION", before);
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
            String before = task.auditSummary();
            task.becomeDue(proposal(task.measure().measureCase()), clock.instant());
            audit.recordChange(task, "DUE", before);
        }
    }

    // ---------------------------------------------------------------- reading

    public MeasureView get(long id, AuditChannel channel) {
        Measure m = getMeasure(id);
        audit.recordView(AuditedType.MEASURE, id, channel);
        return view(m);
    }

    public Optional<MeasureView> find(long id) {
        return findMeasure(id).map(this::view);
    }

    /** The register of measures of one entity, newest case first. */
    public List<MeasureView> ofEntity(long entityId) {
        return em.createQuery("SELECT m FROM Measure m WHERE m.measureCase.entity.id = :e "
                        + "ORDER BY m.measureCase.id DESC, m.id", Measure.class)
                .setParameter("e", entityId).getResultList().stream().map(this::view).toList();
    }

    /**
     * The measure list: a work queue, an entity's register, or the caller's own (at least one of them);
     * a queue oldest first.
     */
    public List<MeasureView> search(@NotNull MeasureQuery q) {
        MeasureSearch.Jpql jpql = MeasureSearch.of(requireFiltered(q), searcher());
        var list = em.createQuery(jpql.list(), Measure.class);
        jpql.parameters().forEach(list::setParameter);
        return list.getResultList().stream().map(this::view).toList();
    }

    /** How many measures the list {@code q} has, counted in the database (a work queue's count). */
    public long count(@NotNull MeasureQuery q) {
        MeasureSearch.Jpql jpql = MeasureSearch.of(requireFiltered(q), searcher());
        var count = em.createQuery(jpql.count(), Long.class);
        jpql.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static MeasureQuery requireFiltered(MeasureQuery q) {
        if (!q.isFiltered()) {
            throw new RuleViolationException("measure.list-filter-required", "entity",
                    "name an entity, a work queue (inbox) or mine=true");
        }
        return q;
    }

    private MeasureSearch.Viewer searcher() {
        LocalDate today = today();
        return new MeasureSearch.Viewer(caller(), ctx.isCallerInRole(Role.DECISION_MAKER_NAME), today,
                StatutoryDeadlines.latestPassed(today));
    }

    public List<MeasureView> ofCase(long caseId) {
        return getCase(caseId).measures().stream().map(this::view).toList();
    }

    /** Measures in the given states, newest first (work lists of the UI). */
    public List<MeasureView> inStates(List<MeasureState> states, int max) {
        return em.createQuery("SELECT m FROM Measure m WHERE m.state IN :s ORDER BY m.id DESC", Measure.class)
                .setParameter("s", states).setMaxResults(max).getResultList().stream().map(this::view).toList();
    }

    /** What the regime allows in the case and what the ladder proposes next, as of today. */
    public NextStep nextStep(long caseId) {
        MeasureCase c = getCase(caseId);
        LegalRegime regime = c.entity().regime();
        return new NextStep(c.id(), c.caseNumber(), regime, MeasureLadder.allowedTypes(regime),
                proposal(c).orElse(null));
    }

    /**
     * Conditional fines imposed, newest first, for handing over to enforcement: each says whether the
     * imposition is final (the fine is enforced once it is; laki sakon täytäntöönpanosta 672/2002).
     */
    public List<ImposedFine> imposedFines() {
        LocalDate today = today();
        return em.createQuery("SELECT m FROM Measure m WHERE m.type = :t AND m.state IN :s ORDER BY m.decidedOn DESC, m.id DESC",
                        Measure.class)
                .setParameter("t", MeasureType.CONDITIONAL_FINE)
                .setParameter("s", List.of(MeasureState.DECIDED, MeasureState.SERVED, MeasureState.COMPLIED,
                        MeasureState.NOT_COMPLIED))
                .getResultList().stream().map(m -> ImposedFine.of(m, today)).toList();
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

    private Optional<Measure> findMeasure(long id) {
        return Optional.ofNullable(em.find(Measure.class, id));
    }

    Measure getMeasure(long id) {
        return findMeasure(id).orElseThrow(() -> new NotFoundException("measure", id));
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

    private MeasureView changed(Measure m, String action, String before) {
        em.flush();
        audit.recordChange(m, action, before);
        return view(m);
    }

    private MeasureView view(Measure m) {
        Set<MeasureAction> actions = m.allowedActions(callerRoles(), caller(),
                disqualifications.inCase(m.measureCase().caseNumber()));
        if (!suomiFi.enabled() && actions.contains(MeasureAction.SEND_ELECTRONICALLY)) {
            // the channel is switched off: not offered (ElectronicService would refuse it)
            actions = EnumSet.copyOf(actions);
            actions.remove(MeasureAction.SEND_ELECTRONICALLY);
        }
        return MeasureView.of(m, actions);
    }

    private Set<Role> callerRoles() {
        return CallerRoles.of(ctx);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}
