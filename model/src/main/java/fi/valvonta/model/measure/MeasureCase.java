package fi.valvonta.model.measure;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure case: one matter (asia) of one supervised entity, with the measures taken on it in order.
 * The ladder of measures ({@link MeasureLadder}) is judged within a case: "an order on the same matter".
 * Complaints and inspection findings are referred to by plain ids, not foreign keys. A measure is
 * drafted through the case ({@link #draft}), which judges the regime early; {@link Measure#decide}
 * judges it again, with the other rules of the decision.
 */
@Entity
@Table(name = "measure_case")
public class MeasureCase implements Auditable {

    public static final int CASE_NUMBER_LENGTH = 40;
    public static final int SUBJECT_LENGTH = 300;
    public static final int REFERENCE_LENGTH = 100;
    public static final int USERNAME_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "measure_case_seq", sequenceName = "measure_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_case_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @NotBlank
    @Size(max = CASE_NUMBER_LENGTH)
    @Column(name = "case_number", nullable = false, length = CASE_NUMBER_LENGTH, unique = true)
    private String caseNumber;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false)
    private SupervisedEntity entity;

    @NotBlank
    @Size(max = SUBJECT_LENGTH)
    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 24)
    private MeasureOrigin origin;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "finding_id")
    private Long findingId;

    @Size(max = REFERENCE_LENGTH)
    @Column(name = "origin_reference", length = REFERENCE_LENGTH)
    private String originReference;

    /** The fundamental-rights dimension the matter concerns, for the risk model; null if not classified. */
    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", length = 32)
    private Dimension dimension;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Size(max = USERNAME_LENGTH)
    @Column(name = "opened_by", nullable = false, length = USERNAME_LENGTH)
    private String openedBy;

    @OneToMany(mappedBy = "measureCase", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<Measure> measures = new ArrayList<>();

    protected MeasureCase() {
        // for JPA
    }

    public MeasureCase(String caseNumber, SupervisedEntity entity, String subject, MeasureOrigin origin,
                       Long complaintId, Long findingId, String originReference, Dimension dimension,
                       String openedBy, LocalDate openedOn, Instant openedAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.entity = Objects.requireNonNull(entity, "entity");
        if (subject == null || subject.isBlank()) {
            throw new RuleViolationException("measure.subject-missing", "subject", "A measure case needs a subject (the matter)");
        }
        this.subject = subject.strip();
        this.origin = Objects.requireNonNull(origin, "origin");
        // the origin names what the reference points to
        if (origin == MeasureOrigin.COMPLAINT && complaintId == null && blank(originReference)) {
            throw new RuleViolationException("measure.origin-complaint-missing", "complaintId",
                    "A case opened from a complaint names the complaint (id or case number)");
        }
        if (origin == MeasureOrigin.INSPECTION_FINDING && findingId == null && blank(originReference)) {
            throw new RuleViolationException("measure.origin-finding-missing", "findingId",
                    "A case opened from an inspection finding names the finding");
        }
        this.complaintId = complaintId;
        this.findingId = findingId;
        this.originReference = blank(originReference) ? null : originReference.strip();
        this.dimension = dimension;
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Drafts a measure on this matter. The regime's ladder ({@link MeasureLadder}) refuses early, with the
     * rule named, a type it does not allow as of {@code today} or a conditional fine it does not provide
     * for; {@code corrects} is a decided measure of this case, or null.
     */
    public Measure draft(MeasureType type, MeasureContent content, Measure corrects, String draftedBy,
                         LocalDate today, Instant at) {
        MeasureLadder.checkAllowed(entity.regime(), type, history(), today);
        if (type == MeasureType.ORDER && content.conditionalFine() != null) {
            MeasureLadder.checkMayAttachConditionalFine(entity.regime());
        }
        return Measure.draft(this, type, content, corrects, draftedBy, at);
    }

    void add(Measure measure) {
        measures.add(measure);
    }

    /** The measures on this matter, except {@code excluded}, as the ladder sees them (oldest first). */
    public LadderHistory historyExcluding(Measure excluded) {
        return new LadderHistory(measures.stream().filter(m -> m != excluded).map(Measure::asPrior).toList());
    }

    public LadderHistory history() {
        return historyExcluding(null);
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.MEASURE_CASE;
    }

    @Override
    public long auditedId() {
        return Objects.requireNonNull(id, "a measure case is audited once persisted");
    }

    /** {@code "LVV/12/2026 entity 7 COMPLAINT LVV/3/2026, 2 measures"}: the subject is free text and stays out. */
    @Override
    public String auditSummary() {
        return caseNumber + " entity " + entity.id() + " " + origin + originReference().map(r -> " " + r).orElse("")
                + ", " + measures.size() + (measures.size() == 1 ? " measure" : " measures");
    }

    public Long id() { return id; }
    public long version() { return version; }
    public String caseNumber() { return caseNumber; }
    public SupervisedEntity entity() { return entity; }
    public String subject() { return subject; }
    public MeasureOrigin origin() { return origin; }
    public Optional<Long> complaintId() { return Optional.ofNullable(complaintId); }
    public Optional<Long> findingId() { return Optional.ofNullable(findingId); }
    public Optional<String> originReference() { return Optional.ofNullable(originReference); }
    public Optional<Dimension> dimension() { return Optional.ofNullable(dimension); }
    public LocalDate openedOn() { return openedOn; }
    public String openedBy() { return openedBy; }
    public List<Measure> measures() { return Collections.unmodifiableList(measures); }
}
