package fi.valvonta.ejb.planning;

import fi.valvonta.ejb.risk.RiskInputs;
import fi.valvonta.ejb.risk.RiskModelService;
import fi.valvonta.ejb.risk.RiskParametersDto;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CallerRoles;
import fi.valvonta.ejb.platform.DataVersion;
import fi.valvonta.ejb.platform.DerivedCache;
import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.EntityRiskScore;
import fi.valvonta.model.planning.InspectionPlan;
import fi.valvonta.model.planning.InspectionPlanner;
import fi.valvonta.model.planning.InspectionPlanner.PlanOutcome;
import fi.valvonta.model.planning.PlanCapacity;
import fi.valvonta.model.planning.PlanPermissions;
import fi.valvonta.model.planning.PlanState;
import fi.valvonta.model.risk.RiskModel;
import fi.valvonta.model.risk.RiskParameters;
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

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Year plans: drafts computed from current data, what-if variants, adoption by a decision-maker (frozen
 * with the input snapshot and entries), reproduction of an adopted plan, and revisions as new versions.
 * Each change loads the plan, asks it to change (the plan refuses what its life cycle does not allow),
 * records the change in the audit trail and assembles the view, in one transaction. The
 * {@code @RolesAllowed} guards repeat {@link PlanPermissions}, as PlanningRolesTest checks.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class PlanningService {

    private static final Type ENTRY_LIST = new ParameterizedType() {
        @Override public Type[] getActualTypeArguments() { return new Type[]{PlanEntryView.class}; }
        @Override public Type getRawType() { return List.class; }
        @Override public Type getOwnerType() { return null; }
    };

    private final InspectionPlanner planner = new InspectionPlanner();

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private RiskInputs inputs;

    @Inject
    private RiskModelService models;

    @Inject
    private DataVersion dataVersion;

    @Inject
    private DerivedCache cache;

    @Inject
    private FrozenEntries frozenEntries;

    @Resource
    private SessionContext ctx;

    /** A computed or frozen plan: its entries in rank order. */
    record Computed(LocalDate asOf, RiskParameters parameters, PlanCapacity capacity, List<EntityRiskInput> inputs,
                    List<PlanEntryView> entries) {
    }

    /** The plans, newest first, with their totals: read without their frozen JSON ({@link PlanHeader}). */
    public List<PlanView> list(Integer year) {
        List<PlanHeader> plans = year == null
                ? em.createQuery(PlanHeader.SELECT + " ORDER BY p.year DESC, p.planVersion DESC", PlanHeader.class).getResultList()
                : em.createQuery(PlanHeader.SELECT + " WHERE p.year = :y ORDER BY p.planVersion DESC", PlanHeader.class)
                .setParameter("y", year).getResultList();
        return plans.stream().map(h -> view(h, frozenEntriesOrNull(h))).toList();
    }

    public Optional<PlanView> find(long id) {
        return header(id).map(h -> view(h, entriesFor(h)));
    }

    public PlanView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** A plan with its entries, read together for a page that shows both (one transaction, one computation). */
    public Optional<PlanWithEntries> findWithEntries(long id) {
        return header(id).map(h -> {
            List<PlanEntryView> entries = entriesFor(h);
            return new PlanWithEntries(view(h, entries), entries);
        });
    }

    /** The entries in rank order with their score breakdowns: frozen if adopted, computed now if a draft. */
    public List<PlanEntryView> entries(long id) {
        return entriesFor(header(id).orElseThrow(() -> new NotFoundException("plan", id)));
    }

    /** An adopted plan's frozen entries, read once per plan version; a draft's computed once per data version. */
    private List<PlanEntryView> entriesFor(PlanHeader h) {
        return h.isFrozen() ? frozenEntriesOrNull(h) : computeForReading(plan(h.id())).entries();
    }

    private Optional<PlanHeader> header(long id) {
        return em.createQuery(PlanHeader.SELECT + " WHERE p.id = :id", PlanHeader.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public PlanView create(@NotNull @Valid CreatePlan command) {
        RiskModel model = command.riskModelId() == null ? latestOrDefaultModel() : modelFor(command.riskModelId(), "riskModelId");
        InspectionPlan plan = new InspectionPlan(command.year(), nextVersion(command.year()), model, command.capacity(),
                null, clock.instant(), caller());
        em.persist(plan);
        em.flush();
        audit.recordChange(plan, "CREATED", null);
        return view(plan, compute(plan).entries());
    }

    /** Whether the caller may create a plan, for the view that offers it. */
    public boolean mayCreate() {
        return PlanPermissions.mayCreate(CallerRoles.of(ctx));
    }

    /** What-if saved: a draft takes another model version and/or capacity (409 once adopted). */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public PlanView replan(long id, @NotNull @Valid ReplanDraft command) {
        InspectionPlan plan = plan(id);
        String before = plan.auditSummary();
        RiskModel model = command.riskModelId() == null ? plan.riskModel() : modelFor(command.riskModelId(), "riskModelId");
        plan.replan(model, command.applyTo(plan.capacity()));
        em.flush();
        audit.recordChange(plan, "REPLANNED", before);
        return view(plan, compute(plan).entries());
    }

    /**
     * What-if saved as a model: the plan's parameters with the what-if weights become a new risk model
     * version, which the draft then uses with the what-if capacity. One transaction: if the draft refuses
     * (409 once adopted, 422 for a bad capacity), the new version is not stored either.
     */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public PlanView replanWithNewModel(long id, @NotNull @Valid ModelFromWhatIf command) {
        InspectionPlan plan = plan(id);
        String before = plan.auditSummary();
        RiskParameters.Builder b = RiskModelService.parametersOf(plan.riskModel()).toBuilder()
                .version(command.version() == null ? "" : command.version().trim());
        withWeights(b, command.dimensionWeights());
        RiskModel model = em.find(RiskModel.class, models.create(RiskParametersDto.of(b.build())).id());
        plan.replan(model, new ReplanDraft(null, command.inspectorDays(), null, null, null).applyTo(plan.capacity()));
        em.flush();
        audit.recordChange(plan, "REPLANNED", before);
        return view(plan, compute(plan).entries());
    }

    /** What-if not saved: the ranking of a variant against the plan's own. */
    public List<RankShiftView> whatIf(long id, @NotNull WhatIf variant) {
        InspectionPlan plan = plan(id);
        Computed base = computeForReading(plan);
        RiskParameters.Builder b = base.parameters().toBuilder().version(base.parameters().version() + "-what-if");
        withWeights(b, variant.dimensionWeights());
        PlanCapacity c = base.capacity();
        PlanCapacity capacity = new PlanCapacity(variant.inspectorDays() == null ? c.inspectorDays() : variant.inspectorDays(),
                variant.reserveShare() == null ? c.reserveShare() : variant.reserveShare(),
                c.costOnSiteDays(), c.costDeskReviewDays());
        List<PlanEntryView> other = entriesOf(planner.plan(base.inputs(), b.build(), capacity, base.asOf()));
        Map<Long, PlanEntryView> byId = new HashMap<>();
        other.forEach(e -> byId.put(e.entityId(), e));
        return base.entries().stream().map(e -> {
            PlanEntryView v = byId.get(e.entityId());
            return new RankShiftView(e.entityId(), e.name(), e.rank(), v.rank(), e.inspectionType(), v.inspectionType(),
                    e.totalRisk(), v.totalRisk());
        }).toList();
    }

    /** Sets the named dimension weights (a missing value weighs 0); 422 for a name that is no dimension. */
    private static void withWeights(RiskParameters.Builder b, Map<String, Double> weights) {
        if (weights == null) {
            return;
        }
        weights.forEach((k, v) -> {
            Dimension d = Arrays.stream(Dimension.values()).filter(x -> x.name().equals(k)).findFirst()
                    .orElseThrow(() -> new RuleViolationException("risk-parameters.unknown-key", "dimensionWeights." + k,
                            "unknown dimension " + k));
            b.dimensionWeight(d, v == null ? 0 : v);
        });
    }

    /**
     * Adopts a draft (DECISION_MAKER): freezes it with the inputs it is computed from as of today, locks
     * its risk model version, and supersedes the year's previously adopted version. 409 if not a draft.
     */
    @RolesAllowed(Role.DECISION_MAKER_NAME)
    public PlanView adopt(long id) {
        InspectionPlan plan = plan(id);
        Computed c = compute(plan);
        PlanSnapshot snapshot = PlanSnapshot.of(c.asOf(), RiskParametersDto.of(c.parameters()), c.capacity(), c.inputs());
        Optional<InspectionPlan> previous = adoptedOf(plan.year());
        String before = plan.auditSummary();
        plan.adopt(caller(), clock.instant(), c.asOf(), c.parameters().fingerprint(),
                PlanningJson.write(snapshot), PlanningJson.write(c.entries()));
        previous.ifPresent(p -> {
            String adopted = p.auditSummary();
            p.supersede();
            audit.recordChange(p, "SUPERSEDED", adopted);
        });
        em.flush();
        audit.recordChange(plan, "ADOPTED", before);
        return view(plan, c.entries());
    }

    /** A revision of an adopted or superseded plan: a new draft version of the year with its model and capacity (409 for a draft). */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public PlanView revise(long id) {
        InspectionPlan source = plan(id);
        InspectionPlan plan = source.revision(nextVersion(source.year()), clock.instant(), caller());
        em.persist(plan);
        em.flush();
        audit.recordChange(plan, "CREATED", null);
        return view(plan, compute(plan).entries());
    }

    /** Re-runs an adopted plan's frozen snapshot and compares the result with the adopted entries. */
    public Reproduction reproduce(long id) {
        InspectionPlan plan = plan(id);
        PlanSnapshot snapshot = snapshotOf(plan);
        List<PlanEntryView> again = entriesOf(planner.plan(snapshot.inputs(), snapshot.parameters().toParameters(),
                snapshot.capacity().toCapacity(), snapshot.asOf()));
        List<PlanEntryView> adopted = frozenEntriesOrNull(plan);
        boolean fingerprint = plan.parametersFingerprint().orElse("").equals(plan.riskModel().fingerprint())
                && plan.parametersFingerprint().orElse("").equals(snapshot.parameters().toParameters().fingerprint());
        return new Reproduction(plan.id(), again.equals(adopted), fingerprint, again.size(),
                again.stream().map(PlanEntryView::entityId).toList());
    }

    /** The frozen input snapshot of an adopted plan (404 problem for a draft, which has none). */
    public PlanSnapshot snapshot(long id) {
        return snapshotOf(plan(id));
    }

    // --- computation

    /**
     * For a reading (never in a transaction that changed something): a draft is computed once per change of the data
     * (the {@link DataVersion}), the plan's own version and the day, however many read it; an adopted plan is read
     * from its frozen entries, once per data version too (the same entries for every reader: the plan page derives
     * its heatmap from that one instance).
     */
    private Computed computeForReading(InspectionPlan plan) {
        List<Object> key = plan.isFrozen() ? List.of("adopted plan", plan.id(), plan.version())
                : List.of("draft plan", plan.id(), plan.version(), LocalDate.now(clock));
        return cache.get(dataVersion.current(), key, () -> compute(plan));
    }

    Computed compute(InspectionPlan plan) {
        if (plan.isFrozen()) {
            PlanSnapshot s = snapshotOf(plan);
            return new Computed(s.asOf(), s.parameters().toParameters(), s.capacity().toCapacity(), s.inputs(),
                    frozenEntriesOrNull(plan));
        }
        LocalDate asOf = LocalDate.now(clock);
        RiskParameters parameters = RiskModelService.parametersOf(plan.riskModel());
        List<EntityRiskInput> in = inputs.forYear(plan.year(), asOf);
        PlanOutcome outcome = planner.plan(in, parameters, plan.capacity(), asOf);
        return new Computed(asOf, parameters, plan.capacity(), in, entriesOf(outcome));
    }

    static List<PlanEntryView> entriesOf(PlanOutcome outcome) {
        Map<Long, EntityRiskScore> scores = new HashMap<>();
        outcome.ranking().forEach(s -> scores.put(s.entityId(), s));
        return outcome.selection().entries().stream().map(s -> PlanEntryView.of(s, scores.get(s.entityId()))).toList();
    }

    private PlanSnapshot snapshotOf(InspectionPlan plan) {
        return PlanningJson.read(plan.snapshotJson().orElseThrow(
                () -> new NotFoundException("snapshot of draft plan", plan.id())), PlanSnapshot.class);
    }

    /** An adopted plan's entries, parsed once per plan version ({@link FrozenEntries}); a draft has none ({@code null}). */
    private List<PlanEntryView> frozenEntriesOrNull(InspectionPlan plan) {
        return plan.isFrozen() ? frozenEntries(plan.id(), plan.version(), plan::entriesJson) : null;
    }

    /** The same for a plan's header: the entries' JSON read only when not yet parsed for this plan version. */
    private List<PlanEntryView> frozenEntriesOrNull(PlanHeader plan) {
        return plan.isFrozen() ? frozenEntries(plan.id(), plan.version(), () -> em.createQuery(
                        "SELECT p.entriesJson FROM InspectionPlan p WHERE p.id = :id", String.class)
                .setParameter("id", plan.id()).getResultStream().filter(java.util.Objects::nonNull).findFirst()) : null;
    }

    private List<PlanEntryView> frozenEntries(long id, long version, Supplier<Optional<String>> json) {
        return frozenEntries.of(id, version,
                () -> json.get().<List<PlanEntryView>>map(j -> PlanningJson.read(j, ENTRY_LIST)).orElse(null));
    }

    private PlanView view(InspectionPlan p, List<PlanEntryView> entries) {
        return PlanView.of(p, entries, p.allowedActions(CallerRoles.of(ctx)));
    }

    private PlanView view(PlanHeader p, List<PlanEntryView> entries) {
        return PlanView.of(p, entries, PlanPermissions.allowed(p.state(), CallerRoles.of(ctx)));
    }

    // --- lookups

    InspectionPlan plan(long id) {
        return Optional.ofNullable(em.find(InspectionPlan.class, id)).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private Optional<InspectionPlan> adoptedOf(int year) {
        return em.createQuery("SELECT p FROM InspectionPlan p WHERE p.year = :y AND p.state = :s", InspectionPlan.class)
                .setParameter("y", year).setParameter("s", PlanState.ADOPTED).getResultStream().findFirst();
    }

    private int nextVersion(int year) {
        Integer max = em.createQuery("SELECT MAX(p.planVersion) FROM InspectionPlan p WHERE p.year = :y", Integer.class)
                .setParameter("y", year).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private RiskModel modelFor(long id, String field) {
        return Optional.ofNullable(em.find(RiskModel.class, id)).orElseThrow(() ->
                new RuleViolationException("plan.unknown-risk-model", field, "no risk model with id " + id));
    }

    /** The newest stored version, or the shipped defaults stored as their own version. */
    private RiskModel latestOrDefaultModel() {
        return em.createQuery("SELECT m FROM RiskModel m ORDER BY m.id DESC", RiskModel.class).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseGet(() -> em.find(RiskModel.class, models.create(models.defaults()).id()));
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}
