package fi.valvonta.model.measure;

import fi.valvonta.model.shared.StatutoryDeadlines;
import fi.valvonta.model.shared.ConflictException;
import fi.valvonta.model.shared.RuleViolationException;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One formal measure within a {@link MeasureCase}. State changes through intent-named methods; the
 * texts, deadline and details can change only while it is a draft, and nothing but service,
 * compliance and appeal is recorded once it is decided (a correction is a new measure that
 * {@link #corrects()} this one). Rules that need the regime or the other measures of the case
 * ({@link MeasureLadder}, {@link HearingRule}, {@link DecisionRoles}) are applied by the service
 * before it calls {@link #decide}.
 */
@Entity
@Table(name = "measure")
public class Measure {

    public static final int TEXT_LENGTH = 8000;
    public static final int LEGAL_BASIS_LENGTH = 1000;
    public static final int NAME_LENGTH = 120;
    public static final int USERNAME_LENGTH = MeasureCase.USERNAME_LENGTH;

    @Id
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MeasureCase measureCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 24)
    private MeasureType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private MeasureState state;

    @Column(name = "corrects_id")
    private Long correctsId;

    // --- content (frozen at decision) ---
    @Size(max = TEXT_LENGTH)
    @Column(name = "facts", length = TEXT_LENGTH)
    private String facts;

    @Size(max = LEGAL_BASIS_LENGTH)
    @Column(name = "legal_basis", length = LEGAL_BASIS_LENGTH)
    private String legalBasis;

    @Size(max = TEXT_LENGTH)
    @Column(name = "reasoning", length = TEXT_LENGTH)
    private String reasoning;

    @Size(max = TEXT_LENGTH)
    @Column(name = "decision_text", length = TEXT_LENGTH)
    private String decision;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "guidance_kind", length = 24)
    private GuidanceKind guidanceKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee", length = 16)
    private MeasureAddressee addressee;

    @Size(max = NAME_LENGTH)
    @Column(name = "official_name", length = NAME_LENGTH)
    private String officialName;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_scope", length = 16)
    private SuspensionScope suspensionScope;

    @Column(name = "conditional_fine", precision = 12, scale = 2)
    private BigDecimal conditionalFine;

    // --- hearing (HL 34 §) ---
    @Column(name = "hearing_requested_on")
    private LocalDate hearingRequestedOn;

    @Column(name = "hearing_deadline")
    private LocalDate hearingDeadline;

    @Column(name = "hearing_responded_on")
    private LocalDate hearingRespondedOn;

    // --- presentation and decision ---
    @Column(name = "drafted_by", nullable = false, length = USERNAME_LENGTH)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "presenter", length = USERNAME_LENGTH)
    private String presenter;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decider", length = USERNAME_LENGTH)
    private String decider;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = TEXT_LENGTH)
    @Column(name = "dissent", length = TEXT_LENGTH)
    private String dissent;

    // --- service (tiedoksianto) ---
    @Enumerated(EnumType.STRING)
    @Column(name = "service_method", length = 24)
    private ServiceMethod serviceMethod;

    @Column(name = "sent_or_received_on")
    private LocalDate sentOrReceivedOn;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "appeal_period_ends")
    private LocalDate appealPeriodEnds;

    @Column(name = "final_on")
    private LocalDate finalOn;

    // --- compliance follow-up ---
    @Column(name = "compliance_recorded_on")
    private LocalDate complianceRecordedOn;

    @Size(max = TEXT_LENGTH)
    @Column(name = "compliance_evidence", length = TEXT_LENGTH)
    private String complianceEvidence;

    // --- appeal ---
    @Column(name = "appeal_lodged_on")
    private LocalDate appealLodgedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "court_outcome", length = 16)
    private CourtOutcome courtOutcome;

    @Column(name = "court_decided_on")
    private LocalDate courtDecidedOn;

    protected Measure() {
        // for JPA
    }

    /** Drafts a measure on the case; {@code corrects} is a decided measure of the same case, or null. */
    public static Measure draft(MeasureCase measureCase, MeasureType type, MeasureContent content,
                                Measure corrects, String draftedBy, Instant at) {
        Measure m = new Measure();
        m.measureCase = Objects.requireNonNull(measureCase, "measureCase");
        m.type = Objects.requireNonNull(type, "type");
        if (corrects != null) {
            if (corrects.measureCase != measureCase) {
                throw new RuleViolationException("measure.correction-other-case", "corrects",
                        "A correction belongs to the case of the decision it corrects");
            }
            if (!corrects.state.isDecided()) {
                throw new RuleViolationException("measure.correction-of-undecided", "corrects",
                        "Only a decided measure is corrected by a new decision; a draft is simply edited");
            }
            m.correctsId = corrects.id;
        }
        m.state = MeasureState.DRAFT;
        m.draftedBy = Objects.requireNonNull(draftedBy, "draftedBy");
        m.draftedAt = Objects.requireNonNull(at, "at");
        m.apply(content);
        measureCase.add(m);
        return m;
    }

    /** Changes the draft's content; only a draft can change. */
    public void revise(MeasureContent content) {
        requireState("revise", MeasureState.DRAFT);
        apply(content);
    }

    private void apply(MeasureContent c) {
        Objects.requireNonNull(c, "content");
        this.facts = trimmed(c.facts());
        this.legalBasis = trimmed(c.legalBasis());
        this.reasoning = trimmed(c.reasoning());
        this.decision = trimmed(c.decision());
        this.deadline = c.deadline();
        this.guidanceKind = type == MeasureType.GUIDANCE ? c.guidanceKind() : null;
        this.addressee = type == MeasureType.REMARK ? c.addressee() : null;
        this.officialName = type == MeasureType.REMARK && c.addressee() == MeasureAddressee.OFFICIAL
                ? trimmed(c.officialName()) : null;
        this.suspensionScope = type == MeasureType.SUSPENSION ? c.suspensionScope() : null;
        this.conditionalFine = type == MeasureType.ORDER || type == MeasureType.CONDITIONAL_FINE
                ? c.conditionalFine() : null;
        if (conditionalFine != null && conditionalFine.signum() <= 0) {
            throw new RuleViolationException("measure.conditional-fine-not-positive", "conditionalFine",
                    "A conditional fine is a positive sum of euros");
        }
        if (type == MeasureType.REMARK && addressee == MeasureAddressee.OFFICIAL && officialName == null) {
            throw new RuleViolationException("measure.official-missing", "officialName",
                    "A remark to an official names the official (HL 53 c §)");
        }
    }

    /** The inspector presents the draft for decision; the content must be complete for its type. */
    public void propose(String presenter, Instant at) {
        requireState("propose", MeasureState.DRAFT);
        requireText(facts, "facts");
        requireText(legalBasis, "legalBasis");
        requireText(reasoning, "reasoning");
        requireText(decision, "decision");
        switch (type) {
            case GUIDANCE -> require(guidanceKind != null, "measure.guidance-kind-missing", "guidanceKind",
                    "Guidance is either an opinion or drawing attention (HL 53 c §)");
            case REMARK -> require(addressee != null, "measure.addressee-missing", "addressee",
                    "A remark is given to the entity or to a named official (HL 53 c §)");
            case ORDER -> require(deadline != null, "measure.deadline-missing", "deadline",
                    "An order gives a deadline by which the deficiencies are corrected");
            case SUSPENSION -> require(suspensionScope != null, "measure.suspension-scope-missing", "suspensionScope",
                    "A suspension is partial or whole");
            case CONDITIONAL_FINE -> require(conditionalFine != null, "measure.conditional-fine-missing",
                    "conditionalFine", "Imposing a conditional fine states the sum imposed");
        }
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.proposedAt = at;
        this.state = MeasureState.PROPOSED;
    }

    /** HL 34 §: a hearing request with a deadline; one per measure, before the decision. */
    public void requestHearing(LocalDate requestedOn, LocalDate deadline) {
        requireUndecided("request a hearing on");
        if (hearingRequestedOn != null) {
            throw new ConflictException("measure.hearing-already-requested", "The party has already been asked to be heard");
        }
        Hearing h = Hearing.requested(requestedOn, deadline);
        this.hearingRequestedOn = h.requestedOn();
        this.hearingDeadline = h.deadline();
    }

    public void recordHearingResponse(LocalDate respondedOn) {
        requireUndecided("record a hearing response on");
        Hearing h = hearing().orElseThrow(() -> new ConflictException("measure.no-hearing",
                "No hearing was requested on this measure"));
        this.hearingRespondedOn = h.withResponseOn(Objects.requireNonNull(respondedOn, "respondedOn")).respondedOn();
    }

    /**
     * Decides the proposed measure. The caller has checked the ladder, the hearing and the roles for
     * {@code decidedOn}. The decider may amend the decision text; the presenter's dissent is recorded.
     */
    public void decide(String decider, LocalDate decidedOn, Instant at, String amendedDecision, String dissent) {
        checkAwaitsDecision();
        if (deadline != null && !deadline.isAfter(decidedOn)) {
            throw new RuleViolationException("measure.deadline-not-after-decision", "deadline",
                    "The deadline must be after the date of the decision");
        }
        if (amendedDecision != null && !amendedDecision.isBlank()) {
            this.decision = amendedDecision.strip();
        }
        this.dissent = trimmed(dissent);
        this.decider = Objects.requireNonNull(decider, "decider");
        this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
        this.decidedAt = at;
        this.state = MeasureState.DECIDED;
    }

    /** Refuses unless the measure has been presented and not yet decided (409: a draft, or frozen). */
    public void checkAwaitsDecision() {
        requireState("decide", MeasureState.PROPOSED);
    }

    /** Tiedoksianto: the service date and, from it, the appeal period and finality ({@link ServiceRules}). */
    public void serve(ServiceMethod method, LocalDate sentOrReceived) {
        requireState("serve", MeasureState.DECIDED);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(sentOrReceived, "date");
        if (sentOrReceived.isBefore(decidedOn)) {
            throw new RuleViolationException("measure.served-before-decision", "date",
                    "A decision cannot be sent or received before it was made (" + decidedOn + ")");
        }
        this.serviceMethod = method;
        this.sentOrReceivedOn = sentOrReceived;
        this.servedOn = ServiceRules.deemedServedOn(method, sentOrReceived);
        this.appealPeriodEnds = type.isAppealable() ? ServiceRules.appealPeriodEnds(servedOn) : null;
        this.finalOn = ServiceRules.finalityDate(type, servedOn, false).orElse(null);
        this.state = MeasureState.SERVED;
    }

    /** Compliance evidence for a served measure with a deadline; non-compliance only once the deadline has passed. */
    public void recordCompliance(boolean complied, String evidence, LocalDate today) {
        requireState("record compliance with", MeasureState.SERVED);
        if (deadline == null) {
            throw new ConflictException("measure.no-deadline", type + " has no deadline to comply with");
        }
        if (!complied && !StatutoryDeadlines.hasPassed(deadline, today)) {
            throw new RuleViolationException("measure.deadline-not-passed", "complied",
                    "Non-compliance can be recorded only after the deadline " + StatutoryDeadlines.lastDay(deadline) + " has passed");
        }
        requireText(trimmed(evidence), "evidence");
        this.complianceEvidence = evidence.strip();
        this.complianceRecordedOn = today;
        this.state = complied ? MeasureState.COMPLIED : MeasureState.NOT_COMPLIED;
    }

    /** An appeal to the administrative court, lodged within the appeal period (808/2019 13 §). */
    public void recordAppeal(LocalDate lodgedOn) {
        if (!state.isServed() || !type.isAppealable()) {
            throw new ConflictException("measure.not-appealable", "Only a served order, fine or suspension is appealed");
        }
        if (appealLodgedOn != null) {
            throw new ConflictException("measure.appeal-already-recorded", "An appeal is already recorded");
        }
        if (lodgedOn.isBefore(servedOn) || lodgedOn.isAfter(appealPeriodEnds)) {
            throw new RuleViolationException("measure.appeal-out-of-time", "lodgedOn",
                    "The appeal period runs from " + servedOn + " to " + appealPeriodEnds + " (808/2019 13 §)");
        }
        this.appealLodgedOn = lodgedOn;
        this.finalOn = ServiceRules.finalityDate(type, servedOn, true).orElse(null);
    }

    public void recordCourtOutcome(CourtOutcome outcome, LocalDate decidedOn) {
        if (appealLodgedOn == null) {
            throw new ConflictException("measure.no-appeal", "No appeal is recorded");
        }
        if (courtOutcome != null) {
            throw new ConflictException("measure.court-outcome-already-recorded", "The court's decision is already recorded");
        }
        if (decidedOn.isBefore(appealLodgedOn)) {
            throw new RuleViolationException("measure.court-before-appeal", "decidedOn",
                    "The court cannot decide before the appeal was lodged");
        }
        this.courtOutcome = Objects.requireNonNull(outcome, "outcome");
        this.courtDecidedOn = decidedOn;
    }

    /** The measure as {@link MeasureLadder} sees it. */
    public PriorMeasure asPrior() {
        return new PriorMeasure(type, state.isDecided(), servedOn, deadline, state == MeasureState.COMPLIED,
                type == MeasureType.ORDER && conditionalFine != null);
    }

    /** A served order whose deadline has passed and whose compliance is not recorded. */
    public boolean isOverdue(LocalDate today) {
        return type == MeasureType.ORDER && state == MeasureState.SERVED && deadline != null
                && StatutoryDeadlines.hasPassed(deadline, today);
    }

    /** The last day to comply, moved off a closed day (laki 150/1930 5 §). */
    public Optional<LocalDate> lastDayToComply() {
        return Optional.ofNullable(deadline).map(StatutoryDeadlines::lastDay);
    }

    public Optional<Hearing> hearing() {
        return hearingRequestedOn == null ? Optional.empty()
                : Optional.of(new Hearing(hearingRequestedOn, hearingDeadline, hearingRespondedOn));
    }

    private void requireUndecided(String what) {
        if (state.isDecided()) {
            throw immutable(what);
        }
    }

    private void requireState(String what, MeasureState expected) {
        if (state != expected) {
            if (state.isDecided() && !expected.isDecided()) {
                throw immutable(what);
            }
            throw new ConflictException("measure.illegal-transition",
                    "Cannot " + what + " a measure in state " + state + " (expected " + expected + ")");
        }
    }

    private ConflictException immutable(String what) {
        return new ConflictException("measure.decided-immutable",
                "Cannot " + what + " a decided measure; a correction is a new decision linked to it");
    }

    private static void requireText(String value, String field) {
        require(value != null && !value.isBlank(), "measure." + field + "-missing", field, "The measure needs " + field);
    }

    private static void require(boolean ok, String code, String field, String message) {
        if (!ok) {
            throw new RuleViolationException(code, field, message);
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() { return id; }
    public long version() { return version; }
    public MeasureCase measureCase() { return measureCase; }
    public MeasureType type() { return type; }
    public MeasureState state() { return state; }
    public Optional<Long> corrects() { return Optional.ofNullable(correctsId); }
    public String facts() { return facts; }
    public String legalBasis() { return legalBasis; }
    public String reasoning() { return reasoning; }
    public String decision() { return decision; }
    public LocalDate deadline() { return deadline; }
    public GuidanceKind guidanceKind() { return guidanceKind; }
    public MeasureAddressee addressee() { return addressee; }
    public String officialName() { return officialName; }
    public SuspensionScope suspensionScope() { return suspensionScope; }
    public BigDecimal conditionalFine() { return conditionalFine; }
    public String draftedBy() { return draftedBy; }
    public String presenter() { return presenter; }
    public String decider() { return decider; }
    public LocalDate decidedOn() { return decidedOn; }
    public String dissent() { return dissent; }
    public ServiceMethod serviceMethod() { return serviceMethod; }
    public LocalDate sentOrReceivedOn() { return sentOrReceivedOn; }
    public LocalDate servedOn() { return servedOn; }
    public LocalDate appealPeriodEnds() { return appealPeriodEnds; }
    public LocalDate finalOn() { return finalOn; }
    public LocalDate complianceRecordedOn() { return complianceRecordedOn; }
    public String complianceEvidence() { return complianceEvidence; }
    public LocalDate appealLodgedOn() { return appealLodgedOn; }
    public CourtOutcome courtOutcome() { return courtOutcome; }
    public LocalDate courtDecidedOn() { return courtDecidedOn; }
    public AppealKind appealKind() { return AppealInstructions.forType(type); }
}
