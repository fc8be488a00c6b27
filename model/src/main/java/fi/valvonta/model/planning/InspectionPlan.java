package fi.valvonta.model.planning;

import fi.valvonta.model.risk.RiskModel;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a year's inspection plan (valvontasuunnitelma). A DRAFT is recomputed from
 * current data on every reading and may change model or capacity (what-if). Adoption by a decision-maker
 * freezes it: the input snapshot (indicators, signals, parameters, as-of date) and the resulting entries
 * are stored, so the plan stays as adopted and can be reproduced from its snapshot. A revision is a new
 * version of the same year; adopting it supersedes the earlier adopted version. The life cycle is
 * {@link PlanAction}'s table; every change goes through {@link PlanWorkflow}, there are no setters.
 */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan implements Auditable {

    public static final int ACTOR_LENGTH = 64;
    public static final int MIN_YEAR = 2021;
    public static final int MAX_YEAR = 2100;

    @Id
    @SequenceGenerator(name = "inspection_plan_seq", sequenceName = "inspection_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_plan_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "plan_year", nullable = false)
    private int year;

    /** 1 for the year's first plan, +1 for each revision. */
    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private PlanState state;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "risk_model_id", nullable = false)
    private RiskModel riskModel;

    @Column(name = "inspector_days", nullable = false)
    private double inspectorDays;

    @Column(name = "reserve_share", nullable = false)
    private double reserveShare;

    @Column(name = "cost_on_site_days", nullable = false)
    private double costOnSiteDays;

    @Column(name = "cost_desk_review_days", nullable = false)
    private double costDeskReviewDays;

    @Column(name = "revises_plan_id")
    private Long revisesPlanId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = ACTOR_LENGTH)
    private String createdBy;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "adopted_by", length = ACTOR_LENGTH)
    private String adoptedBy;

    /** The date the adopted plan was scored as of (decay, time since inspection, open orders). */
    @Column(name = "as_of")
    private LocalDate asOf;

    @Column(name = "parameters_fingerprint", length = RiskModel.FINGERPRINT_LENGTH)
    private String parametersFingerprint;

    @Lob
    @Column(name = "snapshot_json")
    private String snapshotJson;

    @Lob
    @Column(name = "entries_json")
    private String entriesJson;

    protected InspectionPlan() {
        // for JPA
    }

    public InspectionPlan(int year, int planVersion, RiskModel riskModel, PlanCapacity capacity, Long revisesPlanId,
                          Instant createdAt, String createdBy) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new RuleViolationException("plan.year", "year", "plan year must be within " + MIN_YEAR + ".." + MAX_YEAR);
        }
        if (planVersion < 1) {
            throw new IllegalArgumentException("plan versions start at 1");
        }
        this.year = year;
        this.planVersion = planVersion;
        this.state = PlanState.DRAFT;
        this.riskModel = Objects.requireNonNull(riskModel, "riskModel");
        setCapacity(capacity);
        this.revisesPlanId = revisesPlanId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** What-if in a draft: another model version and/or capacity (409 once frozen). */
    public void replan(RiskModel model, PlanCapacity capacity) {
        PlanWorkflow.transition(state, PlanAction.REPLAN);
        this.riskModel = Objects.requireNonNull(model, "riskModel");
        setCapacity(capacity);
    }

    /**
     * Adopts the draft with the snapshot it was computed from and the entries computed; locks the risk
     * model version it used.
     */
    public void adopt(String by, Instant at, LocalDate scoredAsOf, String fingerprint, String snapshot, String entries) {
        PlanState next = PlanWorkflow.transition(state, PlanAction.ADOPT);
        if (!riskModel.fingerprint().equals(fingerprint)) {
            throw new ConflictException("plan.model-changed", "the risk model changed while the plan was adopted");
        }
        this.state = next;
        this.adoptedBy = Objects.requireNonNull(by);
        this.adoptedAt = Objects.requireNonNull(at);
        this.asOf = Objects.requireNonNull(scoredAsOf);
        this.parametersFingerprint = fingerprint;
        this.snapshotJson = Objects.requireNonNull(snapshot);
        this.entriesJson = Objects.requireNonNull(entries);
        riskModel.lock(at);
    }

    /** A later version of the same year was adopted (409 unless this plan is the adopted one). */
    public void supersede() {
        this.state = PlanWorkflow.transition(state, PlanAction.SUPERSEDE);
    }

    /**
     * A revision of this frozen plan: the year's next version as a draft with this plan's model and
     * capacity (409 for a draft, which is replanned instead). This plan stays as it is.
     */
    public InspectionPlan revision(int nextVersion, Instant at, String by) {
        PlanWorkflow.transition(state, PlanAction.REVISE);
        if (nextVersion <= planVersion) {
            throw new IllegalArgumentException("a revision is a later version than " + planVersion);
        }
        return new InspectionPlan(year, nextVersion, riskModel, capacity(), id, at, by);
    }

    /** What a caller with these roles may do with the plan now; the views offer exactly these. */
    public Set<PlanAction> allowedActions(Set<Role> callerRoles) {
        return PlanPermissions.allowed(state, callerRoles);
    }

    private void setCapacity(PlanCapacity c) {
        Objects.requireNonNull(c, "capacity");
        this.inspectorDays = c.inspectorDays();
        this.reserveShare = c.reserveShare();
        this.costOnSiteDays = c.costOnSiteDays();
        this.costDeskReviewDays = c.costDeskReviewDays();
    }

    public PlanCapacity capacity() {
        return new PlanCapacity(inspectorDays, reserveShare, costOnSiteDays, costDeskReviewDays);
    }

    public boolean isFrozen() {
        return state != PlanState.DRAFT;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public int year() { return year; }
    public int planVersion() { return planVersion; }
    public PlanState state() { return state; }
    public RiskModel riskModel() { return riskModel; }
    public Optional<Long> revisesPlanId() { return Optional.ofNullable(revisesPlanId); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Optional<Instant> adoptedAt() { return Optional.ofNullable(adoptedAt); }
    public Optional<String> adoptedBy() { return Optional.ofNullable(adoptedBy); }
    public Optional<LocalDate> asOf() { return Optional.ofNullable(asOf); }
    public Optional<String> parametersFingerprint() { return Optional.ofNullable(parametersFingerprint); }
    public Optional<String> snapshotJson() { return Optional.ofNullable(snapshotJson); }
    public Optional<String> entriesJson() { return Optional.ofNullable(entriesJson); }

    @Override
    public AuditedType auditedType() {
        return AuditedType.INSPECTION_PLAN;
    }

    @Override
    public long auditedId() {
        return id;
    }

    /** Year/version and state, then the model, the capacity and, once adopted, what it was scored on. */
    @Override
    public String auditSummary() {
        return "plan " + year + "/" + planVersion + " " + state + ", model " + riskModel.label() + ", " + capacity()
                + (revisesPlanId == null ? "" : ", revises plan " + revisesPlanId)
                + (asOf == null ? "" : ", as of " + asOf + ", parameters " + parametersFingerprint);
    }

    @Override
    public String toString() {
        return auditSummary();
    }
}
