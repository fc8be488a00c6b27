package fi.valvonta.model.inspection;


import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding of an inspection on one checklist item: compliant, or a deficiency with its severity. A
 * deficiency is a {@link FindingSignal} of the risk model; its id is what a measure case refers to.
 * Immutable once recorded.
 */
@Entity
@Table(name = "inspection_finding")
public class Finding implements Auditable {

    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "inspection_finding_seq", sequenceName = "inspection_finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_finding_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id", nullable = false)
    private Inspection inspection;

    /** Denormalised from the inspection: the risk model reads findings by entity. */
    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "item_code", nullable = false, length = ChecklistItem.CODE_LENGTH)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 24)
    private Dimension dimension;

    @Column(name = "legal_basis", nullable = false, length = ChecklistItem.LEGAL_BASIS_LENGTH)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private FindingOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", length = 16)
    private DeficiencySeverity severity;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = Inspection.ACTOR_LENGTH)
    private String recordedBy;

    protected Finding() {
        // for JPA
    }

    Finding(Inspection inspection, ChecklistItem item, FindingOutcome outcome, DeficiencySeverity severity, String description,
            LocalDate foundOn, Instant at, String by) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == FindingOutcome.DEFICIENCY && severity == null) {
            throw new RuleViolationException("finding.severity-required", "severity", "a deficiency has a severity");
        }
        if (outcome == FindingOutcome.COMPLIANT && severity != null) {
            throw new RuleViolationException("finding.severity-not-allowed", "severity", "a compliant item has no severity");
        }
        if (description == null || description.isBlank() || description.trim().length() > DESCRIPTION_LENGTH) {
            throw new RuleViolationException("finding.description", "description",
                    "a finding is described in 1-" + DESCRIPTION_LENGTH + " characters");
        }
        this.inspection = inspection;
        this.entityId = inspection.entityId();
        this.itemCode = item.code();
        this.dimension = item.dimension();
        this.legalBasis = item.legalBasis();
        this.outcome = outcome;
        this.severity = severity;
        this.description = description.trim();
        this.foundOn = Objects.requireNonNull(foundOn, "foundOn");
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
    }

    public boolean isDeficiency() {
        return outcome == FindingOutcome.DEFICIENCY;
    }

    public Long id() { return id; }
    public Inspection inspection() { return inspection; }
    public long entityId() { return entityId; }
    public String itemCode() { return itemCode; }
    public Dimension dimension() { return dimension; }
    public String legalBasis() { return legalBasis; }
    public FindingOutcome outcome() { return outcome; }
    public Optional<DeficiencySeverity> severity() { return Optional.ofNullable(severity); }
    public String description() { return description; }
    public LocalDate foundOn() { return foundOn; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }

    @Override
    public AuditedType auditedType() {
        return AuditedType.INSPECTION_FINDING;
    }

    @Override
    public long auditedId() {
        return id;
    }

    /** Id, outcome and severity, then item and inspection; never the description, which may name people. */
    @Override
    public String auditSummary() {
        return "finding " + id + " " + outcome + (severity != null ? " " + severity : "") + ", item " + itemCode
                + " on " + foundOn + " in inspection " + inspection.id();
    }

    @Override
    public String toString() {
        return "finding " + id + " " + itemCode + " " + outcome + (severity != null ? " " + severity : "") + " on " + foundOn;
    }
}
