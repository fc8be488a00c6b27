package fi.valvonta.model.complaint;

import fi.valvonta.model.audit.Auditable;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.registry.EntityKind;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Disqualifications;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.PresentationProcedure;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A complaint (hallintokantelu, hallintolaki 434/2003 8 a luku) about a supervised entity. State
 * changes go through intent-named methods, each checked by {@link ComplaintWorkflow}; there are no
 * setters. Once decided, the decision (outcome, text, decider) cannot change.
 */
@Entity
@Table(name = "complaint")
public class Complaint implements Auditable {

    /** Refusal code: a pilot municipality named for conduct from 2025, when its employment area is supervised. */
    public static final String CONDUCT_OF_AREA = "complaint.conduct-supervised-as-area";
    public static final int DESCRIPTION_LENGTH = 20000;
    public static final int DECISION_TEXT_LENGTH = 20000;
    public static final int OFFICIAL_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;
    public static final int AUTHORITY_LENGTH = 200;
    public static final int DISSENT_LENGTH = 4000;
    public static final int USERNAME_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    private CaseNumber caseNumber;

    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = USERNAME_LENGTH)
    private String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Embedded
    private Complainant complainant;

    /** Normalised e-mail or name for the duplicate check; null when anonymous. */
    @Column(name = "complainant_key", length = Complainant.EMAIL_LENGTH)
    private String complainantKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false)
    private SupervisedEntity entity;

    /** The pilot area of a municipality, copied at registration so the list filters without a join. */
    @Column(name = "pilot_area_id")
    private Long pilotAreaId;

    @Column(name = "official_name", length = OFFICIAL_LENGTH)
    private String officialName;

    @Column(name = "conduct_from", nullable = false)
    private LocalDate conductFrom;

    @Column(name = "conduct_to")
    private LocalDate conductTo;

    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @ElementCollection
    @CollectionTable(name = "complaint_theme", joinColumns = @JoinColumn(name = "complaint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 32)
    private Set<Theme> themes = new HashSet<>();

    @Column(name = "te_office_matter", nullable = false)
    private boolean teOfficeMatter;

    @Column(name = "special_reason", length = REASON_LENGTH)
    private String specialReason;

    @ElementCollection
    @CollectionTable(name = "complaint_screening", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "finding_no")
    private List<RecordedFinding> screening = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "proceedings_language", nullable = false, length = 8)
    private Language proceedingsLanguage;

    @Column(name = "sami_applies", nullable = false)
    private boolean samiApplies;

    /** Kielilaki 20 §: the proceedings language is not a language of the municipality concerned. */
    @Column(name = "translation_needed", nullable = false)
    private boolean translationNeeded;

    /** HL 53 a § 2 mom: who in the agency consented to an oral complaint; null for a written one. */
    @Column(name = "oral_consent_by", length = OFFICIAL_LENGTH)
    private String oralConsentBy;

    @ElementCollection
    @CollectionTable(name = "complaint_hearing", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "hearing_no")
    private List<ComplaintHearing> hearings = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 32)
    private ComplaintState state;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "assignee", length = USERNAME_LENGTH)
    private String assignee;

    /** Due date of the pending statement or reply. */
    @Column(name = "response_deadline")
    private LocalDate responseDeadline;

    @Column(name = "processing_target", nullable = false)
    private LocalDate processingTarget;

    /** The earliest deadline still running (response or processing target); null once decided or disposed of. */
    @Column(name = "next_deadline")
    private LocalDate nextDeadline;

    /** Set by the daily deadline check and on every change. */
    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Column(name = "transferred_to", length = AUTHORITY_LENGTH)
    private String transferredTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 32)
    private DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_investigated_reason", length = 32)
    private NotInvestigatedReason notInvestigatedReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "remark_addressee", length = 16)
    private RemarkAddressee remarkAddressee;

    @Column(name = "decision_text", length = DECISION_TEXT_LENGTH)
    private String decisionText;

    @Column(name = "presenter", length = USERNAME_LENGTH)
    private String presenter;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_by", length = USERNAME_LENGTH)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** HL 27–28 §: the decision records that neither presenter nor decider was disqualified. */
    @Column(name = "impartiality_confirmed", nullable = false)
    private boolean impartialityConfirmed;

    @Column(name = "dissent", length = DISSENT_LENGTH)
    private String dissent;

    @Column(name = "appeal_statement", length = 400)
    private String appealStatement;

    /** The day the complaint was decided, not investigated, transferred or withdrawn (processing time ends). */
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "served_on")
    private LocalDate servedOn;

    protected Complaint() {
        // for JPA
    }

    /** What the registry enters for a new complaint. {@code proceedingsLanguage} null: derived. */
    public record Intake(LocalDate receivedDate, Channel channel, Complainant complainant, SupervisedEntity entity,
                         String officialName, LocalDate conductFrom, LocalDate conductTo, String description,
                         Collection<Theme> themes, boolean teOfficeMatter, String specialReason,
                         Language proceedingsLanguage, String oralConsentBy) {

        public Intake {
            Objects.requireNonNull(receivedDate, "receivedDate");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(complainant, "complainant");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(conductFrom, "conductFrom");
            if (description == null || description.isBlank()) {
                throw new RuleViolationException("complaint.description-required", "description", "a complaint describes the conduct");
            }
            if (themes == null || themes.isEmpty()) {
                throw new RuleViolationException("complaint.theme-required", "themes", "a complaint has at least one theme");
            }
            if (proceedingsLanguage != null && !proceedingsLanguage.isNational()) {
                // kielilaki 10 §: proceedings are in Finnish or Swedish
                throw new RuleViolationException("complaint.proceedings-language", "proceedingsLanguage",
                        "the language of proceedings is Finnish or Swedish");
            }
            if (entity instanceof Municipality m) {
                // laki 1269/2020 ended 31.12.2024: conduct from 1.1.2025 is the employment area's (laki 380/2023)
                m.supervisedEntityOn(conductFrom).filter(e -> e.kind() == EntityKind.EMPLOYMENT_AREA).ifPresent(area -> {
                    throw new RuleViolationException(CONDUCT_OF_AREA, "entityId", "conduct from " + conductFrom
                            + " in " + m.nameFi() + " is supervised as part of the employment area " + area.nameFi()
                            + " (id " + area.id() + "): register the complaint about the area");
                });
            }
            oralConsentBy = oralConsentBy == null || oralConsentBy.isBlank() ? null : oralConsentBy.strip();
            if (channel == Channel.ORAL && oralConsentBy == null) {
                // HL 53 a § 2 mom: a complaint is made orally only with the supervisor's consent
                throw new RuleViolationException("complaint.oral-consent-required", "oralConsentBy",
                        "an oral complaint records who in the agency consented to it (HL 53 a § 2 mom)");
            }
            if (channel != Channel.ORAL) {
                oralConsentBy = null;
            } else if (oralConsentBy.length() > OFFICIAL_LENGTH) {
                throw new RuleViolationException("complaint.oral-consent-too-long", "oralConsentBy",
                        "the consenting official's name is at most " + OFFICIAL_LENGTH + " characters");
            }
            officialName = officialName == null || officialName.isBlank() ? null : officialName.strip();
            specialReason = specialReason == null || specialReason.isBlank() ? null : specialReason.strip();
            description = description.strip();
        }

        /** The intake without an oral complaint's consent (a written complaint). */
        public Intake(LocalDate receivedDate, Channel channel, Complainant complainant, SupervisedEntity entity,
                      String officialName, LocalDate conductFrom, LocalDate conductTo, String description,
                      Collection<Theme> themes, boolean teOfficeMatter, String specialReason,
                      Language proceedingsLanguage) {
            this(receivedDate, channel, complainant, entity, officialName, conductFrom, conductTo, description, themes,
                    teOfficeMatter, specialReason, proceedingsLanguage, null);
        }

        /** Kielilaki 10 §, 12 §: the language the complainant chose ({@link ProceedingsLanguage}). */
        public Language effectiveProceedingsLanguage() {
            return proceedingsLanguage != null ? proceedingsLanguage
                    : ProceedingsLanguage.of(complainant.language(), entity.languageStatus());
        }

        /**
         * The dates of receipt as the law reads them: a complaint is received on a day that has come
         * (tiedonhallintalaki 25 §: registered on arrival), the conduct does not start after receipt and
         * does not end before it starts (checked by {@link ScreeningInput}).
         */
        public void requireReceivedBy(LocalDate today) {
            if (receivedDate.isAfter(today)) {
                throw new RuleViolationException("complaint.received-in-future", "receivedDate",
                        "a complaint cannot be received after today " + today);
            }
        }

        public ScreeningInput screeningInput(List<ExistingComplaint> existing) {
            return new ScreeningInput(receivedDate, conductFrom, conductTo, entity.findSupervision().orElse(null), teOfficeMatter,
                    specialReason, complainant.duplicateKey(), entity.id(), description, existing);
        }

        /** Intake screening of this complaint against the {@code existing} ones of the same complainant. */
        public ScreeningResult screen(List<ExistingComplaint> existing) {
            return Screening.screen(screeningInput(existing));
        }
    }

    /** Registers a complaint with its case number and the findings of intake screening. */
    public static Complaint register(CaseNumber caseNumber, Intake intake, ScreeningResult screening,
                                     String registeredBy, Instant at) {
        Complaint c = new Complaint();
        c.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        c.receivedDate = intake.receivedDate();
        c.registeredAt = Objects.requireNonNull(at, "at");
        c.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        c.channel = intake.channel();
        c.complainant = intake.complainant();
        c.complainantKey = intake.complainant().duplicateKey();
        c.entity = intake.entity();
        c.pilotAreaId = intake.entity() instanceof Municipality m ? m.pilotArea().map(PilotArea::id).orElse(null) : null;
        c.officialName = intake.officialName();
        c.conductFrom = intake.conductFrom();
        c.conductTo = intake.conductTo();
        c.description = intake.description();
        c.themes = new HashSet<>(intake.themes());
        c.teOfficeMatter = intake.teOfficeMatter();
        c.specialReason = intake.specialReason();
        c.recordScreening(screening);
        c.proceedingsLanguage = intake.effectiveProceedingsLanguage();
        c.samiApplies = ProceedingsLanguage.samiApplies(intake.entity().languageStatus());
        c.translationNeeded = ProceedingsLanguage.translationNeeded(c.proceedingsLanguage, intake.entity().languageStatus());
        c.oralConsentBy = intake.oralConsentBy();
        c.state = ComplaintState.REGISTERED;
        c.stateChangedAt = at;
        c.processingTarget = Deadlines.processingTarget(intake.receivedDate());
        c.recomputeNextDeadline();
        return c;
    }

    // ---- workflow -------------------------------------------------------------------------------

    private void move(ComplaintAction action, Instant at) {
        state = ComplaintWorkflow.transition(state, action);
        stateChangedAt = at;
        if (action != ComplaintAction.REQUEST_STATEMENT && action != ComplaintAction.REQUEST_REPLY) {
            responseDeadline = null;
        }
        recomputeNextDeadline();
    }

    public void startAssessment(Instant at) {
        move(ComplaintAction.START_ASSESSMENT, at);
    }

    public void requestSupplement(Instant at) {
        move(ComplaintAction.REQUEST_SUPPLEMENT, at);
    }

    public void receiveSupplement(Instant at) {
        move(ComplaintAction.RECEIVE_SUPPLEMENT, at);
    }

    /**
     * HL 31 §: a statement (selvityspyyntö) from the supervised entity and the official named on the
     * complaint, due on {@code deadline}; it is also their hearing (HL 34 §).
     */
    public void requestStatement(LocalDate deadline, Instant at) {
        requestStatement(deadline, null, at);
    }

    /** A statement from {@code heard} (null or empty: the entity, and the official when one is named). */
    public void requestStatement(LocalDate deadline, Collection<RemarkAddressee> heard, Instant at) {
        ComplaintWorkflow.transition(state, ComplaintAction.REQUEST_STATEMENT);
        requireDeadline(deadline);
        Set<RemarkAddressee> who = new LinkedHashSet<>();
        if (heard == null || heard.isEmpty()) {
            who.add(RemarkAddressee.MUNICIPALITY);
            if (officialName != null) {
                who.add(RemarkAddressee.OFFICIAL);
            }
        } else {
            who.addAll(heard);
        }
        if (who.contains(RemarkAddressee.OFFICIAL) && officialName == null) {
            throw new RuleViolationException("complaint.heard-official-unnamed", "heard",
                    "an official is heard when named on the complaint");
        }
        move(ComplaintAction.REQUEST_STATEMENT, at);
        responseDeadline = deadline;
        who.forEach(h -> hearings.add(new ComplaintHearing(h, at, deadline)));
        recomputeNextDeadline();
    }

    /** The statement requested came on {@code receivedOn} (not after {@code today}): the hearing is answered. */
    public void recordStatement(LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null || receivedOn.isAfter(today)) {
            throw new RuleViolationException("complaint.statement-date", "receivedOn",
                    "a statement is recorded on or after the day it came, not before");
        }
        if (hearings.stream().noneMatch(ComplaintHearing::isOpen)) {
            throw new ConflictException("complaint.no-statement-requested",
                    "no statement of " + caseNumber + " is awaited");
        }
        hearings.stream().filter(ComplaintHearing::isOpen).forEach(h -> h.answer(receivedOn));
    }

    /**
     * The complainant's reply (vastine) to the statement, due on {@code deadline}. A reply is asked on a
     * statement that has come, so a statement still awaited is recorded as given {@code today}.
     */
    public void requestReply(LocalDate deadline, LocalDate today, Instant at) {
        ComplaintWorkflow.transition(state, ComplaintAction.REQUEST_REPLY);
        requireDeadline(deadline);
        move(ComplaintAction.REQUEST_REPLY, at);
        hearings.stream().filter(ComplaintHearing::isOpen).forEach(h -> h.answer(today));
        responseDeadline = deadline;
        recomputeNextDeadline();
    }

    private static void requireDeadline(LocalDate deadline) {
        if (deadline == null) {
            throw new RuleViolationException("complaint.deadline-required", "deadline", "a request has a deadline");
        }
    }

    public void startPreparation(Instant at) {
        move(ComplaintAction.START_PREPARATION, at);
    }

    /**
     * The presenter's proposal. HL 53 c §: a remark goes to the municipality or to the responsible
     * official, who must be named on the complaint and heard first ({@link ComplaintHearing#requireHeard});
     * HL 53 b §: not investigating needs its reason; HL 27 §: a disqualified official does not present.
     */
    public void propose(DecisionOutcome outcome, NotInvestigatedReason reason, RemarkAddressee addressee,
                        String text, String presenter, Disqualifications disqualifications, LocalDate today, Instant at) {
        requireUndecided();
        ComplaintWorkflow.transition(state, ComplaintAction.PROPOSE); // 409 before any field is judged
        disqualifications.require(presenter, Disqualifications.Capacity.PRESENTER);
        if (outcome == null) {
            throw new RuleViolationException("complaint.outcome-required", "outcome", "a proposal has an outcome");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("complaint.decision-text-required", "text", "a proposal has a decision text");
        }
        if (outcome == DecisionOutcome.NOT_INVESTIGATED) {
            if (reason == null || reason.action() != ComplaintAction.PROPOSE_NOT_INVESTIGATED) {
                throw new RuleViolationException("complaint.not-investigated-reason", "notInvestigatedReason",
                        "not investigating needs a reason (outside competence is a transfer)");
            }
        } else {
            reason = null;
        }
        if (outcome.requiresAddressee()) {
            if (addressee == null) {
                throw new RuleViolationException("complaint.remark-addressee-required", "remarkAddressee",
                        "a remark is given to the municipality or to the responsible official");
            }
            if (addressee == RemarkAddressee.OFFICIAL && officialName == null) {
                throw new RuleViolationException("complaint.remark-official-unnamed", "remarkAddressee",
                        "a remark to an official needs the official named on the complaint");
            }
            ComplaintHearing.requireHeard(addressee, hearings, today);
        } else {
            addressee = null;
        }
        move(ComplaintAction.PROPOSE, at);
        this.outcome = outcome;
        this.notInvestigatedReason = reason;
        this.remarkAddressee = addressee;
        this.decisionText = text.strip();
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.proposedAt = at;
    }

    public void returnForPreparation(Instant at) {
        move(ComplaintAction.RETURN_FOR_PREPARATION, at);
    }

    /**
     * Decides as proposed. The decider is not the presenter (esittelijä and ratkaisija are two people);
     * {@code dissent} records a disagreement; HL 53 c § 3 mom: the decision is not appealable, which
     * {@code appealStatement} tells the parties.
     */
    public void decide(String decider, String dissent, String appealStatement, Disqualifications disqualifications,
                       LocalDate today, Instant at) {
        ComplaintWorkflow.transition(state, ComplaintAction.DECIDE); // 409 before the decider is judged
        PresentationProcedure.requireOtherDecider(presenter, decider);
        disqualifications.requireDecisionMakers(presenter, decider);
        move(ComplaintAction.DECIDE, at);
        this.impartialityConfirmed = true;
        this.decidedBy = decider;
        this.decidedAt = at;
        this.dissent = dissent == null || dissent.isBlank() ? null : dissent.strip();
        this.appealStatement = appealStatement;
        this.resolvedOn = today;
    }

    /** Records service {@code today} or on an earlier day: service is recorded when it has happened. */
    public void serve(LocalDate servedOn, LocalDate today, Instant at) {
        if (servedOn != null && servedOn.isAfter(today)) {
            throw new RuleViolationException("complaint.served-in-future", "servedOn", "service is recorded when it has happened");
        }
        serve(servedOn, at);
    }

    public void serve(LocalDate servedOn, Instant at) {
        ComplaintWorkflow.transition(state, ComplaintAction.SERVE);
        if (servedOn == null || servedOn.isBefore(resolvedOn)) {
            throw new RuleViolationException("complaint.served-before-decision", "servedOn",
                    "a decision is served on or after the day it was made (" + resolvedOn + ")");
        }
        move(ComplaintAction.SERVE, at);
        this.servedOn = servedOn;
    }

    public void close(Instant at) {
        move(ComplaintAction.CLOSE, at);
    }

    /**
     * HL 53 b §: the presenter proposes that the complaint is not investigated, for the given reason. Not
     * investigating is a decision like any other: it is presented and then decided by another official
     * ({@link #notInvestigate}).
     */
    public void proposeNotInvestigated(NotInvestigatedReason reason, String text, String presenter,
                                       Disqualifications disqualifications, Instant at) {
        ComplaintWorkflow.transition(state, ComplaintAction.PROPOSE_NOT_INVESTIGATED);
        disqualifications.require(presenter, Disqualifications.Capacity.PRESENTER);
        if (reason == null || reason.action() != ComplaintAction.PROPOSE_NOT_INVESTIGATED) {
            throw new RuleViolationException("complaint.not-investigated-reason", "notInvestigatedReason",
                    "not investigating needs a reason (outside competence is a transfer)");
        }
        if (reason == NotInvestigatedReason.OVER_TWO_YEARS && specialReason != null) {
            throw new RuleViolationException("complaint.special-reason-recorded", "notInvestigatedReason",
                    "a special reason to investigate the old matter is recorded");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("complaint.decision-text-required", "text", "a proposal has a decision text");
        }
        move(ComplaintAction.PROPOSE_NOT_INVESTIGATED, at);
        this.outcome = DecisionOutcome.NOT_INVESTIGATED;
        this.notInvestigatedReason = reason;
        this.remarkAddressee = null;
        this.decisionText = text.strip();
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.proposedAt = at;
    }

    /** The proposal not to investigate goes back to assessment; the proposal is cleared. */
    public void returnToAssessment(Instant at) {
        move(ComplaintAction.RETURN_TO_ASSESSMENT, at);
        this.outcome = null;
        this.notInvestigatedReason = null;
        this.decisionText = null;
        this.presenter = null;
        this.proposedAt = null;
    }

    /**
     * HL 53 b §: the decision not to investigate, as proposed; by another official than the presenter,
     * neither of them disqualified. HL 53 c § 3 mom: not appealable ({@code appealStatement}).
     */
    public void notInvestigate(String decider, String appealStatement, Disqualifications disqualifications,
                               LocalDate today, Instant at) {
        ComplaintWorkflow.transition(state, ComplaintAction.NOT_INVESTIGATE);
        PresentationProcedure.requireOtherDecider(presenter, decider);
        disqualifications.requireDecisionMakers(presenter, decider);
        move(ComplaintAction.NOT_INVESTIGATE, at);
        this.impartialityConfirmed = true;
        this.decidedBy = decider;
        this.decidedAt = at;
        this.appealStatement = appealStatement;
        this.resolvedOn = today;
    }

    /** HL 21 §: transferred to the competent authority. */
    public void transfer(String authority, LocalDate today, Instant at) {
        ComplaintWorkflow.transition(state, ComplaintAction.TRANSFER);
        if (authority == null || authority.isBlank()) {
            throw new RuleViolationException("complaint.transfer-authority-required", "transferredTo",
                    "a transfer names the competent authority");
        }
        move(ComplaintAction.TRANSFER, at);
        this.transferredTo = authority.strip();
        this.notInvestigatedReason = NotInvestigatedReason.OUTSIDE_COMPETENCE;
        this.resolvedOn = today;
    }

    public void withdraw(LocalDate today, Instant at) {
        move(ComplaintAction.WITHDRAW, at);
        this.resolvedOn = today;
    }

    private void requireUndecided() {
        if (decidedAt != null) {
            throw new ConflictException("complaint.decided-immutable",
                    "the complaint " + caseNumber + " is decided; its decision cannot change");
        }
    }

    // ---- other changes ----------------------------------------------------------------------------

    /**
     * A document is added to the case file only while the matter is pending: once it is closed, decided
     * without investigation, transferred or withdrawn, the file is complete and a new document is a new matter.
     */
    public void requireOpenForDocuments() {
        if (state.isTerminal()) {
            throw new ConflictException("complaint.closed-for-documents",
                    "a complaint in state " + state + " takes no more documents");
        }
    }

    /** Assigns the case to {@code inspector} (null: nobody); HL 27 §: not to one disqualified in it. */
    public void assignTo(String inspector, Disqualifications disqualifications) {
        if (state.isTerminal()) {
            throw new ConflictException("complaint.assign-terminal",
                    "a complaint in state " + state + " is not assigned any more");
        }
        if (inspector != null) {
            disqualifications.require(inspector, Disqualifications.Capacity.ASSIGNEE);
        }
        this.assignee = inspector;
    }

    /**
     * HL 53 b § 3 mom: a special reason to investigate a matter over two years old. The complaint screens
     * itself again with the reason, against the {@code existing} complaints of the same complainant
     * about the same entity (this one not among them).
     */
    public void recordSpecialReason(String reason, List<ExistingComplaint> existing) {
        if (!state.isIntake()) {
            throw new ConflictException("complaint.special-reason-too-late",
                    "a special reason is recorded during intake, not in state " + state);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("complaint.special-reason-required", "reason", "the special reason is written out");
        }
        this.specialReason = reason.strip();
        recordScreening(Screening.screen(new ScreeningInput(receivedDate, conductFrom, conductTo, entity.findSupervision().orElse(null),
                teOfficeMatter, specialReason, complainant.duplicateKey(), entity.id(), description, existing)));
    }

    /** The complaint as a possible duplicate of another one, for that one's screening. */
    public ExistingComplaint asExisting() {
        return new ExistingComplaint(caseNumber, complainantKey, entity.id(), conductFrom, conductTo);
    }

    // ---- who may do what --------------------------------------------------------------------------

    /**
     * The actions {@code caller} with {@code callerRoles} may take now: those the state allows and the
     * roles may take ({@link ComplaintPermissions}), without deciding a proposal the caller presented
     * ({@link PresentationProcedure}), and neither presenting nor deciding when the caller or the
     * presenter is disqualified ({@link Disqualifications}).
     */
    public Set<ComplaintAction> allowedActions(Set<Role> callerRoles, String caller, Disqualifications disqualifications) {
        Set<ComplaintAction> allowed = EnumSet.noneOf(ComplaintAction.class);
        boolean callerDisqualified = disqualifications.isDisqualified(caller);
        for (ComplaintAction a : ComplaintPermissions.allowed(state, callerRoles)) {
            boolean decides = a == ComplaintAction.DECIDE || a == ComplaintAction.NOT_INVESTIGATE;
            boolean presents = a == ComplaintAction.PROPOSE || a == ComplaintAction.PROPOSE_NOT_INVESTIGATED;
            if (decides && (!PresentationProcedure.mayDecide(presenter, caller) || callerDisqualified
                    || disqualifications.isDisqualified(presenter))) {
                continue;
            }
            if (presents && callerDisqualified) {
                continue;
            }
            allowed.add(a);
        }
        return allowed;
    }

    /** Tietosuojalaki 29 §: masks personal identity numbers in the description; returns how many. */
    public int maskIdentityNumbers() {
        int found = PersonalIdentityNumbers.find(description).size();
        if (found > 0) {
            description = PersonalIdentityNumbers.mask(description);
            screening.removeIf(f -> f.toFinding().code() == ScreeningCode.PERSONAL_IDENTITY_NUMBER);
        }
        return found;
    }

    private void recordScreening(ScreeningResult result) {
        screening.clear();
        result.findings().forEach(f -> screening.add(new RecordedFinding(f)));
    }

    private void recomputeNextDeadline() {
        boolean running = !state.isTerminal() && state != ComplaintState.DECIDED && state != ComplaintState.SERVED;
        if (!running) {
            nextDeadline = null;
        } else if (responseDeadline != null && responseDeadline.isBefore(processingTarget)) {
            nextDeadline = responseDeadline;
        } else {
            nextDeadline = processingTarget;
        }
    }

    /** Sets the overdue flag for {@code today}; true when it changed. */
    public boolean refreshOverdue(LocalDate today) {
        boolean now = nextDeadline != null && Deadlines.isOverdue(nextDeadline, today);
        boolean changed = now != overdue;
        overdue = now;
        return changed;
    }

    // ---- reading --------------------------------------------------------------------------------

    public Long id() { return id; }
    public long version() { return version; }
    public CaseNumber caseNumber() { return caseNumber; }
    public LocalDate receivedDate() { return receivedDate; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public Channel channel() { return channel; }
    public Complainant complainant() { return complainant; }
    public SupervisedEntity entity() { return entity; }
    public Optional<Long> pilotAreaId() { return Optional.ofNullable(pilotAreaId); }
    public Optional<String> officialName() { return Optional.ofNullable(officialName); }
    public LocalDate conductFrom() { return conductFrom; }
    public Optional<LocalDate> conductTo() { return Optional.ofNullable(conductTo); }
    public String description() { return description; }
    public Set<Theme> themes() { return themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes); }
    public boolean isTeOfficeMatter() { return teOfficeMatter; }
    public Optional<String> specialReason() { return Optional.ofNullable(specialReason); }
    public ScreeningResult screening() { return new ScreeningResult(screening.stream().map(RecordedFinding::toFinding).toList()); }
    public Language proceedingsLanguage() { return proceedingsLanguage; }
    public boolean samiApplies() { return samiApplies; }
    /** Saamen kielilaki 1086/2003: the complainant's Sámi language may be used, the matter being in the homeland. */
    public boolean samiRightApplies() { return samiApplies && complainant.samiLanguage().isPresent(); }
    public boolean translationNeeded() { return translationNeeded; }
    public Optional<String> oralConsentBy() { return Optional.ofNullable(oralConsentBy); }
    public List<ComplaintHearing> hearings() { return List.copyOf(hearings); }
    public boolean impartialityConfirmed() { return impartialityConfirmed; }
    public ComplaintState state() { return state; }
    public Instant stateChangedAt() { return stateChangedAt; }
    public Optional<String> assignee() { return Optional.ofNullable(assignee); }
    public Optional<LocalDate> responseDeadline() { return Optional.ofNullable(responseDeadline); }
    public LocalDate processingTarget() { return processingTarget; }
    public Optional<LocalDate> nextDeadline() { return Optional.ofNullable(nextDeadline); }
    public boolean isOverdue() { return overdue; }
    public Optional<String> transferredTo() { return Optional.ofNullable(transferredTo); }
    public Optional<DecisionOutcome> outcome() { return Optional.ofNullable(outcome); }
    public Optional<NotInvestigatedReason> notInvestigatedReason() { return Optional.ofNullable(notInvestigatedReason); }
    public Optional<RemarkAddressee> remarkAddressee() { return Optional.ofNullable(remarkAddressee); }
    public Optional<String> decisionText() { return Optional.ofNullable(decisionText); }
    public Optional<String> presenter() { return Optional.ofNullable(presenter); }
    public Optional<Instant> proposedAt() { return Optional.ofNullable(proposedAt); }
    public Optional<String> decidedBy() { return Optional.ofNullable(decidedBy); }
    public Optional<Instant> decidedAt() { return Optional.ofNullable(decidedAt); }
    public Optional<String> dissent() { return Optional.ofNullable(dissent); }
    public Optional<String> appealStatement() { return Optional.ofNullable(appealStatement); }
    public Optional<LocalDate> resolvedOn() { return Optional.ofNullable(resolvedOn); }
    public Optional<LocalDate> servedOn() { return Optional.ofNullable(servedOn); }

    @Override
    public AuditedType auditedType() {
        return AuditedType.COMPLAINT;
    }

    @Override
    public long auditedId() {
        return id;
    }

    /** A short, personal-data-free description for the audit trail. */
    @Override
    public String auditSummary() {
        return caseNumber + " " + state + (assignee == null ? "" : ", assignee " + assignee)
                + (nextDeadline == null ? "" : ", next deadline " + nextDeadline) + (overdue ? ", OVERDUE" : "");
    }
}
