package fi.valvonta.model.measure;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.BusinessId;
import fi.valvonta.model.registry.PostalAddress;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.PresentationProcedure;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StatutoryDeadlines;
import fi.valvonta.model.security.Role;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One formal measure within a {@link MeasureCase}. State changes through intent-named methods; the
 * texts, deadline and details can change only while it is a draft, and nothing but service,
 * compliance and appeal is recorded once it is decided (a correction is a new measure that
 * {@link #corrects()} this one). The transitions are {@link MeasureAction}'s table. Every rule of
 * the decision is checked by {@link #decide} itself, so no caller can skip one: the regime's ladder
 * ({@link MeasureLadder}), the supervision period ({@link SupervisionRule}), the hearing (HL 34 §,
 * {@link HearingRule}) and presenter and decider ({@link DecisionRoles}, {@link PresentationProcedure}).
 */
@Entity
@Table(name = "measure")
public class Measure implements Auditable {

    public static final int TEXT_LENGTH = 8000;
    public static final int LEGAL_BASIS_LENGTH = 1000;
    public static final int NAME_LENGTH = 120;
    public static final int REASON_LENGTH = 2000;
    public static final int USERNAME_LENGTH = MeasureCase.USERNAME_LENGTH;
    public static final String ELECTRONIC_SERVICE_TO_PERSON = "measure.electronic-service-to-person";
    public static final String BUSINESS_ID_MISSING = "measure.addressee-business-id-missing";
    public static final String POSTAL_ADDRESS_MISSING = "measure.addressee-postal-address-missing";
    public static final String DELIVERY_PENDING = "measure.electronic-service-pending";

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

    // --- an order's conditional fine (uhkasakkolaki 8 §) and enforcement notwithstanding appeal (808/2019 122 §) ---
    @Enumerated(EnumType.STRING)
    @Column(name = "fine_kind", length = 16)
    private ConditionalFineKind fineKind;

    @Column(name = "fine_instalment", precision = 12, scale = 2)
    private BigDecimal fineInstalment;

    @Enumerated(EnumType.STRING)
    @Column(name = "fine_period", length = 8)
    private FinePeriod finePeriod;

    @Column(name = "notwithstanding_appeal", nullable = false)
    private boolean notwithstandingAppeal;

    @Size(max = REASON_LENGTH)
    @Column(name = "notwithstanding_appeal_reason", length = REASON_LENGTH)
    private String notwithstandingAppealReason;

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

    /** The actual date of receipt shown against a presumed date (HL 59 §), null unless rebutted. */
    @Column(name = "receipt_shown_on")
    private LocalDate receiptShownOn;

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

    @Column(name = "court_decision_served_on")
    private LocalDate courtDecisionServedOn;

    // --- further appeal to the Supreme Administrative Court (valituslupa, 808/2019 107 §, 111 §) ---
    @Column(name = "further_appeal_lodged_on")
    private LocalDate furtherAppealLodgedOn;

    @Column(name = "leave_to_appeal_granted")
    private Boolean leaveToAppealGranted;

    @Enumerated(EnumType.STRING)
    @Column(name = "supreme_court_outcome", length = 16)
    private CourtOutcome supremeCourtOutcome;

    @Column(name = "supreme_court_decided_on")
    private LocalDate supremeCourtDecidedOn;

    // --- electronic service through the national messaging service ---
    @OneToMany(mappedBy = "measure", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ElectronicDelivery> deliveries = new ArrayList<>();

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
        requireAllowed(MeasureAction.REVISE);
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
        ConditionalFineTerms terms = type == MeasureType.ORDER && conditionalFine != null
                ? new ConditionalFineTerms(c.fineKind() == null ? ConditionalFineKind.FIXED : c.fineKind(),
                conditionalFine, c.fineInstalment(), c.finePeriod()) : null;
        this.fineKind = terms == null ? null : terms.kind();
        this.fineInstalment = terms == null ? null : terms.instalment();
        this.finePeriod = terms == null ? null : terms.period();
        // 808/2019 122 §: an order is complied with notwithstanding appeal only if the decision says so, with a reason
        this.notwithstandingAppeal = type == MeasureType.ORDER && Boolean.TRUE.equals(c.notwithstandingAppeal());
        this.notwithstandingAppealReason = notwithstandingAppeal ? trimmed(c.notwithstandingAppealReason()) : null;
        if (notwithstandingAppeal && notwithstandingAppealReason == null) {
            throw new RuleViolationException("measure.notwithstanding-appeal-reason-missing", "notwithstandingAppealReason",
                    "An order to be complied with notwithstanding appeal states the reason "
                            + "(laki oikeudenkäynnistä hallintoasioissa 808/2019 122 §)");
        }
        if (type == MeasureType.REMARK && addressee == MeasureAddressee.OFFICIAL && officialName == null) {
            throw new RuleViolationException("measure.official-missing", "officialName",
                    "A remark to an official names the official (HL 53 c §)");
        }
    }

    /**
     * The inspector presents the draft for decision on {@code today}; the content must be complete for its
     * type, and a remark needs the hearing concluded ({@link HearingRule#checkMayPropose}).
     */
    public void propose(String presenter, LocalDate today, Instant at) {
        requireAllowed(MeasureAction.PROPOSE);
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
        HearingRule.checkMayPropose(type, hearing(), today);
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.proposedAt = at;
        moveTo(MeasureAction.PROPOSE, MeasureState.PROPOSED);
    }

    /** HL 34 §: a hearing request with a deadline; one per measure, before the decision, sent by {@code today}. */
    public void requestHearing(LocalDate requestedOn, LocalDate deadline, LocalDate today) {
        MeasureDates.requireNotInFuture(requestedOn, today, "requestedOn");
        requireAllowed(MeasureAction.REQUEST_HEARING);
        if (hearingRequestedOn != null) {
            throw new ConflictException("measure.hearing-already-requested", "The party has already been asked to be heard");
        }
        Hearing h = Hearing.requested(requestedOn, deadline);
        this.hearingRequestedOn = h.requestedOn();
        this.hearingDeadline = h.deadline();
    }

    /** The party's response to the hearing, received by {@code today}. */
    public void recordHearingResponse(LocalDate respondedOn, LocalDate today) {
        MeasureDates.requireNotInFuture(respondedOn, today, "respondedOn");
        requireAllowed(MeasureAction.RECORD_HEARING_RESPONSE);
        Hearing h = hearing().orElseThrow(() -> new ConflictException("measure.no-hearing",
                "No hearing was requested on this measure"));
        this.hearingRespondedOn = h.withResponseOn(Objects.requireNonNull(respondedOn, "respondedOn")).respondedOn();
    }

    /**
     * Decides the proposed measure on {@code decidedOn} (today, or earlier to record a decision already
     * signed). Refused, in this order: unless it awaits a decision (409; a decided measure is frozen
     * whoever asks); a date in the future; the presenter deciding (403, {@link PresentationProcedure});
     * a decider without the DECISION_MAKER role; a coercive measure outside the entity's supervision
     * period ({@link SupervisionRule}); a measure the regime does not allow at this point of the matter
     * ({@link MeasureLadder}); a coercive measure before the party was heard (HL 34 §, {@link HearingRule});
     * a deadline not after the decision. The decider may amend the decision text; the presenter's dissent
     * is recorded.
     */
    public void decide(String decider, Set<Role> deciderRoles, LocalDate decidedOn, LocalDate today, Instant at,
                       String amendedDecision, String dissent) {
        requireAllowed(MeasureAction.DECIDE);
        Objects.requireNonNull(decidedOn, "decidedOn");
        MeasureDates.requireNotInFuture(decidedOn, today, "decidedOn");
        DecisionRoles.checkDecider(presenter, decider, deciderRoles.contains(Role.DECISION_MAKER));
        SupervisedEntity entity = measureCase.entity();
        SupervisionRule.checkCompetent(type, entity, decidedOn);
        MeasureLadder.checkAllowed(entity.regime(), type, measureCase.historyExcluding(this), decidedOn);
        if (type == MeasureType.ORDER && conditionalFine != null) {
            MeasureLadder.checkMayAttachConditionalFine(entity.regime());
        }
        HearingRule.checkMayDecide(type, hearing(), decidedOn);
        if (type == MeasureType.CONDITIONAL_FINE) {
            measureCase.historyExcluding(this).latestUnheededOrderWithConditionalFine(decidedOn)
                    .ifPresent(order -> ConditionalFineRule.checkAmount(order, conditionalFine, decidedOn));
        }
        if (deadline != null && !deadline.isAfter(decidedOn)) {
            throw new RuleViolationException("measure.deadline-not-after-decision", "deadline",
                    "The deadline must be after the date of the decision");
        }
        if (amendedDecision != null && !amendedDecision.isBlank()) {
            this.decision = amendedDecision.strip();
        }
        this.dissent = trimmed(dissent);
        this.decider = decider;
        this.decidedOn = decidedOn;
        this.decidedAt = at;
        moveTo(MeasureAction.DECIDE, MeasureState.DECIDED);
    }

    /**
     * Tiedoksianto on the date recorded ({@link ServiceRules}): an obligating decision only verifiably; an
     * order only while its deadline still leaves a reasonable time to comply ({@link ComplianceTime}). Sets
     * the date of service, the end of the appeal period and the date of finality.
     */
    public void serve(ServiceMethod method, LocalDate sentOrReceived, LocalDate today, int minWorkingDaysToComply) {
        MeasureDates.requireNotInFuture(sentOrReceived, today, "date");
        requireAllowed(MeasureAction.SERVE);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(sentOrReceived, "date");
        if (sentOrReceived.isBefore(decidedOn)) {
            throw new RuleViolationException("measure.served-before-decision", "date",
                    "A decision cannot be sent or received before it was made (" + decidedOn + ")");
        }
        ServiceRules.checkMethodAllowed(type, method);
        LocalDate served = ServiceRules.deemedServedOn(method, servedParty(), sentOrReceived);
        if (type == MeasureType.ORDER && deadline != null) {
            ComplianceTime.checkReasonable(deadline, served, minWorkingDaysToComply);
        }
        this.serviceMethod = method;
        this.sentOrReceivedOn = sentOrReceived;
        this.servedOn = served;
        recomputeFinality();
        moveTo(MeasureAction.SERVE, MeasureState.SERVED);
    }

    /**
     * The decided measure's decision goes to the addressee's Suomi.fi mailbox, or is printed and mailed where it
     * has none ({@link ServiceRules#electronicallyVerifiable}, {@link ServiceRules#letterVerifiable}). Refused: a
     * measure not decided or already served (409); a remark to a named official, who is a person and not the
     * organisation the service reaches by its business ID; an addressee without a business ID or a postal
     * address; a delivery still on its way (409). The delivery's message id is the service's to give.
     */
    public ElectronicDelivery sendElectronically(Language language, String sentBy, Instant at) {
        requireAllowed(MeasureAction.SEND_ELECTRONICALLY);
        if (servedParty() == ServedParty.PERSON) {
            throw new RuleViolationException(ELECTRONIC_SERVICE_TO_PERSON, null,
                    "A remark to a named official is served on the official, not through the organisation's mailbox");
        }
        SupervisedEntity entity = measureCase.entity();
        BusinessId recipient = entity.businessId().orElseThrow(() -> new RuleViolationException(BUSINESS_ID_MISSING,
                "businessId", entity.nameFi() + " has no business ID (Y-tunnus) to send to: an administrator records it in the registry"));
        PostalAddress address = entity.postalAddress().orElseThrow(() -> new RuleViolationException(POSTAL_ADDRESS_MISSING,
                "postalAddress", entity.nameFi() + " has no postal address for a printed letter: an administrator records it in the registry"));
        if (pendingDelivery().isPresent()) {
            throw new ConflictException(DELIVERY_PENDING, "The decision is already on its way through Suomi.fi Messages");
        }
        ElectronicDelivery d = new ElectronicDelivery(this, "valvonta-measure-" + id + "-" + (deliveries.size() + 1),
                recipient, entity.nameIn(language), address, Objects.requireNonNull(language, "language"),
                ServiceRules.electronicallyVerifiable(type), ServiceRules.letterVerifiable(type), sentBy, at);
        deliveries.add(d);
        return d;
    }

    /** What an event of a delivery did: recorded (false: seen before), the service it recorded, or why not. */
    public record DeliveryOutcome(boolean recorded, ServiceMethod servedBy, String notRecordedAsService) {
    }

    /**
     * An event the messaging service reported on {@code delivery}, which happened at {@code occurredAt} (on
     * {@code occurredOn}, Finnish date). Where it proves receipt ({@link ServiceRules#receiptProvenBy}) the
     * measure is served by it on that day ({@link #serve}: appeal period and finality follow); a receipt that
     * cannot be service (the measure was served otherwise meanwhile, or an order's deadline no longer leaves
     * the time to comply) is kept on the delivery with the reason, for the inspector.
     */
    public DeliveryOutcome recordDeliveryEvent(ElectronicDelivery delivery, DeliveryEventType event, Instant occurredAt,
                                               LocalDate occurredOn, LocalDate today, Instant now, int minWorkingDaysToComply) {
        if (delivery.measure() != this) {
            throw new IllegalArgumentException("delivery " + delivery.id() + " is not of measure " + id);
        }
        boolean receivedBefore = delivery.isReceived();
        if (!delivery.record(event, occurredAt, now)) {
            return new DeliveryOutcome(false, null, null);
        }
        ServiceMethod proven = receivedBefore ? null : ServiceRules.receiptProvenBy(event,
                delivery.electronicVerifiable(), delivery.letterVerifiable()).orElse(null);
        if (proven == null) {
            return new DeliveryOutcome(true, null, null);
        }
        delivery.received(proven, occurredOn);
        try {
            serve(proven, occurredOn, today, minWorkingDaysToComply);
            return new DeliveryOutcome(true, proven, null);
        } catch (BusinessException e) {
            String why = e.code() + ": " + e.getMessage();
            delivery.serviceNotRecorded(why);
            return new DeliveryOutcome(true, null, why);
        }
    }

    /** The delivery still on its way through the messaging service, if any. */
    public Optional<ElectronicDelivery> pendingDelivery() {
        return deliveries.stream().filter(ElectronicDelivery::isOpen).findFirst();
    }

    /** The decision's deliveries through the messaging service, oldest first. */
    public List<ElectronicDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /**
     * A presumed date of service is rebutted by the actual date of receipt, shown by {@code today}
     * (HL 59 §, laki 13/2003 19 §); the appeal period and finality follow the new date.
     */
    public void rebutServiceDate(LocalDate actuallyReceivedOn, LocalDate today) {
        MeasureDates.requireNotInFuture(actuallyReceivedOn, today, "receivedOn");
        if (!state.isServed()) {
            throw new ConflictException("measure.not-served", "The measure has not been served");
        }
        this.servedOn = ServiceRules.rebutted(serviceMethod, servedParty(), sentOrReceivedOn, actuallyReceivedOn);
        this.receiptShownOn = actuallyReceivedOn;
        recomputeFinality();
    }

    /** HL 59 § 2 mom: the entity is an authority; a remark given to a named official reaches a person. */
    public ServedParty servedParty() {
        return type == MeasureType.REMARK && addressee == MeasureAddressee.OFFICIAL ? ServedParty.PERSON
                : ServedParty.AUTHORITY;
    }

    /**
     * The end of the appeal period and the date of finality from service and what followed it: no appeal
     * (808/2019 13 §), an appeal pending, the administrative court's decision final when no further appeal
     * is lodged within the period from its service, or the Supreme Administrative Court's decision.
     */
    private void recomputeFinality() {
        this.appealPeriodEnds = type.isAppealable() ? ServiceRules.appealPeriodEnds(servedOn) : null;
        if (appealLodgedOn == null) {
            this.finalOn = ServiceRules.finalityDate(type, servedOn, false).orElse(null);
        } else if (courtOutcome == null) {
            this.finalOn = null;
        } else if (furtherAppealLodgedOn == null) {
            this.finalOn = courtOutcome.measureStands()
                    ? ServiceRules.appealPeriodEnds(courtDecisionServedOn).plusDays(1) : null;
        } else if (supremeCourtDecidedOn == null) {
            this.finalOn = null;
        } else {
            this.finalOn = effectiveCourtOutcome().map(CourtOutcome::measureStands).orElse(true)
                    ? supremeCourtDecidedOn : null;
        }
    }

    /** Compliance evidence for a served measure with a deadline; non-compliance only once the deadline has passed. */
    public void recordCompliance(boolean complied, String evidence, LocalDate today) {
        requireAllowed(MeasureAction.RECORD_COMPLIANCE);
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
        moveTo(MeasureAction.RECORD_COMPLIANCE, complied ? MeasureState.COMPLIED : MeasureState.NOT_COMPLIED);
    }

    /** An appeal to the administrative court, lodged within the appeal period (808/2019 13 §). */
    public void recordAppeal(LocalDate lodgedOn) {
        if (!MeasureAction.RECORD_APPEAL.isAllowedFrom(state) || !type.isAppealable()) {
            throw new ConflictException("measure.not-appealable", "Only a served order, fine or suspension is appealed");
        }
        if (appealLodgedOn != null) {
            throw new ConflictException("measure.appeal-already-recorded", "An appeal is already recorded");
        }
        Objects.requireNonNull(lodgedOn, "lodgedOn");
        if (lodgedOn.isBefore(servedOn) || lodgedOn.isAfter(appealPeriodEnds)) {
            throw new RuleViolationException("measure.appeal-out-of-time", "lodgedOn",
                    "The appeal period runs from " + servedOn + " to " + appealPeriodEnds + " (808/2019 13 §)");
        }
        this.appealLodgedOn = lodgedOn;
        recomputeFinality();
    }

    /**
     * The administrative court's decision on the appeal, decided on {@code decidedOn} and received by the
     * agency on {@code servedOn} (default: the day of the decision). Where the measure stands it becomes
     * final once the period for a further appeal from that service has passed (808/2019 13 §).
     */
    public void recordCourtOutcome(CourtOutcome outcome, LocalDate decidedOn, LocalDate servedOn, LocalDate today) {
        if (appealLodgedOn == null) {
            throw new ConflictException("measure.no-appeal", "No appeal is recorded");
        }
        if (courtOutcome != null) {
            throw new ConflictException("measure.court-outcome-already-recorded", "The court's decision is already recorded");
        }
        Objects.requireNonNull(decidedOn, "decidedOn");
        MeasureDates.requireNotInFuture(decidedOn, today, "courtDecidedOn");
        LocalDate received = servedOn == null ? decidedOn : servedOn;
        MeasureDates.requireNotInFuture(received, today, "courtServedOn");
        if (decidedOn.isBefore(appealLodgedOn)) {
            throw new RuleViolationException("measure.court-before-appeal", "courtDecidedOn",
                    "The court cannot decide before the appeal was lodged");
        }
        if (received.isBefore(decidedOn)) {
            throw new RuleViolationException("measure.court-served-before-decision", "courtServedOn",
                    "The court's decision cannot be received before it was given");
        }
        this.courtOutcome = Objects.requireNonNull(outcome, "outcome");
        this.courtDecidedOn = decidedOn;
        this.courtDecisionServedOn = received;
        recomputeFinality();
    }

    /**
     * An application for leave to appeal (valituslupa) to the Supreme Administrative Court against the
     * administrative court's decision, within 30 days of its service (808/2019 13 §, 111 §).
     */
    public void recordFurtherAppeal(LocalDate lodgedOn, LocalDate today) {
        if (courtOutcome == null) {
            throw new ConflictException("measure.no-court-outcome", "The administrative court's decision is not recorded");
        }
        if (furtherAppealLodgedOn != null) {
            throw new ConflictException("measure.further-appeal-already-recorded", "A further appeal is already recorded");
        }
        Objects.requireNonNull(lodgedOn, "lodgedOn");
        MeasureDates.requireNotInFuture(lodgedOn, today, "furtherAppealLodgedOn");
        LocalDate ends = ServiceRules.appealPeriodEnds(courtDecisionServedOn);
        if (lodgedOn.isBefore(courtDecidedOn) || lodgedOn.isAfter(ends)) {
            throw new RuleViolationException("measure.further-appeal-out-of-time", "furtherAppealLodgedOn",
                    "Leave to appeal is applied for from " + courtDecidedOn + " to " + ends + " (808/2019 13 §)");
        }
        this.furtherAppealLodgedOn = lodgedOn;
        recomputeFinality();
    }

    /**
     * The Supreme Administrative Court's decision: leave refused (the administrative court's decision
     * stands) or granted and the appeal decided with {@code outcome}. Final on the day of the decision.
     */
    public void recordSupremeCourtDecision(boolean leaveGranted, CourtOutcome outcome, LocalDate decidedOn, LocalDate today) {
        if (furtherAppealLodgedOn == null) {
            throw new ConflictException("measure.no-further-appeal", "No further appeal is recorded");
        }
        if (supremeCourtDecidedOn != null) {
            throw new ConflictException("measure.supreme-court-already-recorded",
                    "The Supreme Administrative Court's decision is already recorded");
        }
        Objects.requireNonNull(decidedOn, "decidedOn");
        MeasureDates.requireNotInFuture(decidedOn, today, "supremeCourtDecidedOn");
        if (decidedOn.isBefore(furtherAppealLodgedOn)) {
            throw new RuleViolationException("measure.court-before-appeal", "supremeCourtDecidedOn",
                    "The court cannot decide before the appeal was lodged");
        }
        if (leaveGranted && outcome == null) {
            throw new RuleViolationException("measure.supreme-court-outcome-missing", "supremeCourtOutcome",
                    "Leave to appeal was granted: record what the Supreme Administrative Court decided");
        }
        this.leaveToAppealGranted = leaveGranted;
        this.supremeCourtOutcome = leaveGranted ? outcome : null;
        this.supremeCourtDecidedOn = decidedOn;
        recomputeFinality();
    }

    /** What the courts finally decided: the Supreme Administrative Court's outcome when it decided, else the administrative court's. */
    public Optional<CourtOutcome> effectiveCourtOutcome() {
        return Optional.ofNullable(supremeCourtOutcome != null ? supremeCourtOutcome : courtOutcome);
    }

    /** The courts set the measure aside (annulled, or returned for new handling). */
    public boolean isSetAside() {
        return effectiveCourtOutcome().map(o -> !o.measureStands()).orElse(false);
    }

    /**
     * The first day the measure may be enforced: the day it became final or, when it was ordered to be
     * complied with notwithstanding appeal, the day of service; empty while neither or once set aside.
     */
    public Optional<LocalDate> enforceableFrom() {
        if (servedOn == null || isSetAside()) {
            return Optional.empty();
        }
        return Optional.ofNullable(notwithstandingAppeal ? servedOn : finalOn);
    }

    /** The measure as {@link MeasureLadder} sees it. */
    public PriorMeasure asPrior() {
        return new PriorMeasure(type, state.isDecided(), servedOn, deadline, state == MeasureState.COMPLIED,
                type == MeasureType.ORDER && conditionalFine != null, enforceableFrom().orElse(null), fineTerms().orElse(null));
    }

    /** For an order that set a conditional fine: the fine as set. */
    public Optional<ConditionalFineTerms> fineTerms() {
        return type == MeasureType.ORDER && conditionalFine != null
                ? Optional.of(new ConditionalFineTerms(fineKind == null ? ConditionalFineKind.FIXED : fineKind,
                conditionalFine, fineInstalment, finePeriod))
                : Optional.empty();
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

    /**
     * The actions {@code caller} with {@code roles} is offered on this measure now: the state allows it
     * ({@link MeasureAction}), a role allows it ({@link MeasurePermissions}), what it acts on is there (a
     * hearing to answer, a deadline to comply with, an appealable decision, a lodged appeal) and, for
     * DECIDE, the caller is not the presenter ({@link PresentationProcedure}). The UI and the API offer
     * exactly these; the rules of law that depend on the date (ladder, hearing, supervision period) are
     * judged when the action is taken.
     */
    public Set<MeasureAction> allowedActions(Set<Role> roles, String caller) {
        Set<MeasureAction> allowed = EnumSet.noneOf(MeasureAction.class);
        for (MeasureAction a : MeasureAction.values()) {
            if (a.isAllowedFrom(state) && MeasurePermissions.mayTake(roles, a) && isOpen(a, caller)) {
                allowed.add(a);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** Actions of the case's handling that a caller disqualified in it may not take (HL 27 §). */
    private static final Set<MeasureAction> HANDLING = EnumSet.of(MeasureAction.REVISE, MeasureAction.PROPOSE,
            MeasureAction.DECIDE, MeasureAction.CORRECT, MeasureAction.DRAFT_NEXT_STEP);

    /**
     * {@link #allowedActions(Set, String)} for a caller who may be disqualified in the case: HL 27 §, a
     * disqualified official takes no part in handling it, so presenting, deciding and preparing are not offered.
     */
    public Set<MeasureAction> allowedActions(Set<Role> roles, String caller, Disqualifications disqualifications) {
        Set<MeasureAction> allowed = EnumSet.noneOf(MeasureAction.class);
        allowed.addAll(allowedActions(roles, caller));
        if (disqualifications.isDisqualified(caller)) {
            allowed.removeAll(HANDLING);
        }
        return Collections.unmodifiableSet(allowed);
    }

    private boolean isOpen(MeasureAction action, String caller) {
        return switch (action) {
            case REQUEST_HEARING -> hearingRequestedOn == null;
            // offered until a response is recorded
            case RECORD_HEARING_RESPONSE -> hearingRequestedOn != null && hearingRespondedOn == null;
            case DECIDE -> PresentationProcedure.mayDecide(presenter, caller);
            case RECORD_COMPLIANCE -> deadline != null;
            case RECORD_APPEAL -> type.isAppealable() && appealLodgedOn == null;
            case RECORD_COURT_OUTCOME -> appealLodgedOn != null && courtOutcome == null;
            case REBUT_SERVICE_DATE -> serviceMethod != null && ServiceRules.isPresumed(serviceMethod, servedParty());
            case RECORD_FURTHER_APPEAL -> courtOutcome != null && furtherAppealLodgedOn == null;
            case RECORD_SUPREME_COURT_DECISION -> furtherAppealLodgedOn != null && supremeCourtDecidedOn == null;
            case SEND_ELECTRONICALLY -> deliveries.stream().noneMatch(ElectronicDelivery::isOpen);
            case REVISE, PROPOSE, SERVE, CORRECT, DRAFT_NEXT_STEP -> true;
        };
    }

    private void requireAllowed(MeasureAction action) {
        if (!action.isAllowedFrom(state)) {
            if (state.isDecided() && action.sources().stream().noneMatch(MeasureState::isDecided)) {
                throw new ConflictException("measure.decided-immutable", "Cannot " + action.slug()
                        + " a decided measure; a correction is a new decision linked to it");
            }
            throw new ConflictException("measure.illegal-transition", "Cannot " + action.slug()
                    + " a measure in state " + state + " (allowed from " + action.sources() + ")");
        }
    }

    private void moveTo(MeasureAction action, MeasureState target) {
        if (!action.mayLeadTo(state, target)) {
            throw new IllegalStateException(action + " does not lead from " + state + " to " + target);
        }
        this.state = target;
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.MEASURE;
    }

    @Override
    public long auditedId() {
        return Objects.requireNonNull(id, "a measure is audited once persisted");
    }

    /** {@code "LVV/12/2026 ORDER DECIDED deadline 2026-05-31 hearing 2026-03-02→2026-03-16 presenter …"}. */
    @Override
    public String auditSummary() {
        StringBuilder b = new StringBuilder(measureCase.caseNumber()).append(' ').append(type).append(' ').append(state);
        if (correctsId != null) {
            b.append(" corrects ").append(correctsId);
        }
        if (deadline != null) {
            b.append(" deadline ").append(deadline);
        }
        if (hearingRequestedOn != null) {
            b.append(" hearing ").append(hearingRequestedOn).append("→").append(hearingDeadline);
            if (hearingRespondedOn != null) {
                b.append(" response ").append(hearingRespondedOn);
            }
        }
        if (presenter != null) {
            b.append(" presenter ").append(presenter);
        }
        if (decider != null) {
            b.append(" decider ").append(decider).append(" on ").append(decidedOn);
            if (dissent != null) {
                b.append(" with dissent");
            }
        }
        if (servedOn != null) {
            b.append(" served ").append(servedOn).append(" (").append(serviceMethod).append(")");
            if (receiptShownOn != null) {
                b.append(" receipt shown ").append(receiptShownOn);
            }
            if (appealPeriodEnds != null) {
                b.append(", appeal period ends ").append(appealPeriodEnds);
            }
            b.append(", final ").append(finalOn);
        }
        if (appealLodgedOn != null) {
            b.append(" appeal lodged ").append(appealLodgedOn);
        }
        if (notwithstandingAppeal) {
            b.append(" notwithstanding appeal");
        }
        if (courtOutcome != null) {
            b.append(" court ").append(courtOutcome).append(' ').append(courtDecidedOn);
        }
        if (furtherAppealLodgedOn != null) {
            b.append(" further appeal ").append(furtherAppealLodgedOn);
        }
        if (supremeCourtDecidedOn != null) {
            b.append(" KHO ").append(Boolean.TRUE.equals(leaveToAppealGranted) ? supremeCourtOutcome : "LEAVE_REFUSED")
                    .append(' ').append(supremeCourtDecidedOn);
        }
        return b.toString();
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
    public LocalDate courtDecisionServedOn() { return courtDecisionServedOn; }
    public LocalDate receiptShownOn() { return receiptShownOn; }
    public ConditionalFineKind fineKind() { return fineKind; }
    public BigDecimal fineInstalment() { return fineInstalment; }
    public FinePeriod finePeriod() { return finePeriod; }
    public boolean notwithstandingAppeal() { return notwithstandingAppeal; }
    public String notwithstandingAppealReason() { return notwithstandingAppealReason; }
    public LocalDate furtherAppealLodgedOn() { return furtherAppealLodgedOn; }
    public Boolean leaveToAppealGranted() { return leaveToAppealGranted; }
    public CourtOutcome supremeCourtOutcome() { return supremeCourtOutcome; }
    public LocalDate supremeCourtDecidedOn() { return supremeCourtDecidedOn; }
    public Instant decidedAt() { return decidedAt; }
    public AppealKind appealKind() { return AppealInstructions.forType(type); }
}
