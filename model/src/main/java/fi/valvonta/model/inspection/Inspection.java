package fi.valvonta.model.inspection;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An inspection (tarkastus) of a supervised entity: from the adopted plan or ad hoc (e.g. prompted by a
 * complaint), with its date, inspectors, the checklist of the dimensions inspected, the findings and,
 * when completed, the report. Deficiencies found feed the risk model; a finding's id is what a measure
 * case refers to. The life cycle is {@link InspectionAction}'s table, applied by {@link InspectionWorkflow}.
 */
@Entity
@Table(name = "inspection")
public class Inspection implements Auditable {

    public static final int INSPECTORS_LENGTH = 400;
    public static final int REFERENCE_LENGTH = 40;
    public static final int ACTOR_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private InspectionOrigin origin;

    @Column(name = "plan_id")
    private Long planId;

    /** Case number of the complaint that prompted an ad hoc inspection, if any. */
    @Size(max = REFERENCE_LENGTH)
    @Column(name = "complaint_reference", length = REFERENCE_LENGTH)
    private String complaintReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_type", nullable = false, length = 16)
    private InspectionType type;

    @Column(name = "scheduled_on", nullable = false)
    private LocalDate scheduledOn;

    /** Usernames of the inspectors, separated by ','. */
    @Size(max = INSPECTORS_LENGTH)
    @Column(name = "inspectors", nullable = false, length = INSPECTORS_LENGTH)
    private String inspectors;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private InspectionState state;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Lob
    @Column(name = "report")
    private String report;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = ACTOR_LENGTH)
    private String createdBy;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistItem> checklist = new ArrayList<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Finding> findings = new ArrayList<>();

    protected Inspection() {
        // for JPA
    }

    private Inspection(long entityId, InspectionOrigin origin, Long planId, String complaintReference,
                       InspectionType type, LocalDate scheduledOn, Collection<String> inspectors,
                       Collection<Dimension> dimensions, LanguageStatus languageStatus, Instant createdAt, String createdBy) {
        this.entityId = entityId;
        this.origin = origin;
        this.planId = planId;
        this.complaintReference = complaintReference == null || complaintReference.isBlank() ? null : complaintReference.trim();
        if (this.complaintReference != null && this.complaintReference.length() > REFERENCE_LENGTH) {
            throw new RuleViolationException("inspection.reference", "complaintReference", "case number too long");
        }
        this.type = Objects.requireNonNull(type, "type");
        this.state = InspectionState.SCHEDULED;
        reschedule(scheduledOn, inspectors);
        if (dimensions == null || dimensions.isEmpty()) {
            throw new RuleViolationException("inspection.no-dimension", "dimensions", "an inspection covers at least one dimension");
        }
        int position = 0;
        for (Checklist.Item item : Checklist.itemsFor(dimensions, languageStatus)) {
            checklist.add(new ChecklistItem(this, position++, item));
        }
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** An inspection of the adopted plan. */
    public static Inspection planned(long entityId, long planId, InspectionType type, LocalDate scheduledOn,
                                     Collection<String> inspectors, Collection<Dimension> dimensions,
                                     LanguageStatus status, Instant at, String by) {
        return new Inspection(entityId, InspectionOrigin.PLAN, planId, null, type, scheduledOn, inspectors,
                dimensions, status, at, by);
    }

    /** An inspection outside the plan, e.g. prompted by the complaint with the given case number. */
    public static Inspection adHoc(long entityId, String complaintReference, InspectionType type, LocalDate scheduledOn,
                                   Collection<String> inspectors, Collection<Dimension> dimensions,
                                   LanguageStatus status, Instant at, String by) {
        return new Inspection(entityId, InspectionOrigin.AD_HOC, null, complaintReference, type, scheduledOn,
                inspectors, dimensions, status, at, by);
    }

    /** Another date and/or other inspectors (409 once completed). */
    public void reschedule(LocalDate date, Collection<String> who) {
        InspectionWorkflow.transition(state, InspectionAction.RESCHEDULE);
        this.scheduledOn = Objects.requireNonNull(date, "scheduledOn");
        if (who == null || who.stream().noneMatch(s -> s != null && !s.isBlank())) {
            throw new RuleViolationException("inspection.no-inspector", "inspectors", "an inspection has at least one inspector");
        }
        String joined = String.join(",", who.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).distinct().toList());
        if (joined.length() > INSPECTORS_LENGTH) {
            throw new RuleViolationException("inspection.inspectors-too-long", "inspectors", "too many inspectors");
        }
        this.inspectors = joined;
    }

    /**
     * Records the result of a checklist item. A deficiency carries its severity; a compliant item none.
     * Returns the finding, whose id the measure case refers to.
     */
    public Finding recordFinding(String itemCode, FindingOutcome outcome, DeficiencySeverity severity, String description,
                                 LocalDate foundOn, Instant at, String by) {
        InspectionWorkflow.transition(state, InspectionAction.RECORD_FINDING);
        ChecklistItem item = checklist.stream().filter(i -> i.code().equals(itemCode)).findFirst()
                .orElseThrow(() -> new RuleViolationException("finding.unknown-item", "itemCode",
                        "no checklist item " + itemCode + " in this inspection"));
        Finding finding = new Finding(this, item, outcome, severity, description, foundOn, at, by);
        findings.add(finding);
        item.assess(outcome);
        return finding;
    }

    /** Completes the inspection with its report; findings are final from now on. */
    public void complete(String reportText, LocalDate on) {
        InspectionState next = InspectionWorkflow.transition(state, InspectionAction.COMPLETE);
        if (reportText == null || reportText.isBlank()) {
            throw new RuleViolationException("inspection.no-report", "report", "a completed inspection has a report");
        }
        Objects.requireNonNull(on, "completedOn");
        if (on.isBefore(scheduledOn)) {
            throw new RuleViolationException("inspection.completed-before-scheduled", "completedOn",
                    "an inspection is completed on or after its date " + scheduledOn);
        }
        this.report = reportText.trim();
        this.completedOn = on;
        this.state = next;
    }

    /** What a caller with these roles may do with the inspection now; the views offer exactly these. */
    public Set<InspectionAction> allowedActions(Set<Role> callerRoles) {
        return InspectionPermissions.allowed(state, callerRoles);
    }

    public Long id() { return id; }
    public long version() { return version; }
    public long entityId() { return entityId; }
    public InspectionOrigin origin() { return origin; }
    public Optional<Long> planId() { return Optional.ofNullable(planId); }
    public Optional<String> complaintReference() { return Optional.ofNullable(complaintReference); }
    public InspectionType type() { return type; }
    public LocalDate scheduledOn() { return scheduledOn; }
    public List<String> inspectors() { return Arrays.asList(inspectors.split(",")); }
    public InspectionState state() { return state; }
    public Optional<LocalDate> completedOn() { return Optional.ofNullable(completedOn); }
    public Optional<String> report() { return Optional.ofNullable(report); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public List<ChecklistItem> checklist() { return Collections.unmodifiableList(checklist); }
    public List<Finding> findings() { return Collections.unmodifiableList(findings); }

    @Override
    public AuditedType auditedType() {
        return AuditedType.INSPECTION;
    }

    @Override
    public long auditedId() {
        return id;
    }

    /** Id and state, then entity, type, date, inspectors and origin; never the report's text. */
    @Override
    public String auditSummary() {
        return "inspection " + id + " " + state + ", entity " + entityId + " " + type + " on " + scheduledOn + " by " + inspectors
                + (planId != null ? " (plan " + planId + ")" : complaintReference != null ? " (complaint " + complaintReference + ")" : "")
                + (completedOn == null ? "" : ", completed on " + completedOn);
    }

    @Override
    public String toString() {
        return "inspection " + id + " of entity " + entityId + " " + type + " on " + scheduledOn + " by " + inspectors
                + " " + state + (planId != null ? " (plan " + planId + ")" : complaintReference != null ? " (complaint " + complaintReference + ")" : "");
    }
}
