package fi.valvonta.ejb.complaint;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.ejb.platform.CaseNumberAllocator;
import fi.valvonta.ejb.audit.AuditEntry;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.Page;
import fi.valvonta.model.agency.AgencySettings;
import fi.valvonta.model.complaint.AttachmentContent;
import fi.valvonta.model.shared.CaseNumber;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.ComplaintAttachment;
import fi.valvonta.model.complaint.ComplaintPermissions;
import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.complaint.Deadlines;
import fi.valvonta.model.complaint.ExistingComplaint;
import fi.valvonta.model.complaint.IdempotencyRecord;
import fi.valvonta.model.complaint.NoAppeal;
import fi.valvonta.model.complaint.PersonalIdentityNumbers;
import fi.valvonta.model.complaint.Screening;
import fi.valvonta.model.complaint.ScreeningResult;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.shared.ConflictException;
import fi.valvonta.model.shared.FinnishCalendar;
import fi.valvonta.model.shared.ForbiddenException;
import fi.valvonta.model.shared.NotFoundException;
import fi.valvonta.model.shared.RuleViolationException;
import fi.valvonta.model.shared.StaleVersionException;
import fi.valvonta.model.user.AppUser;
import fi.valvonta.model.user.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The complaints register. Reading: REGISTRAR, INSPECTOR, DECISION_MAKER and AUDITOR; every read of a
 * case (personal data) is written to the use log. Changes: registration by REGISTRAR and INSPECTOR,
 * workflow actions by the roles of {@link ComplaintPermissions}; every change is in the audit trail,
 * in the same transaction.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME})
public class ComplaintService {

    /** The audit trail's and use log's name for a complaint. */
    public static final AuditedType AUDIT_TYPE = AuditedType.COMPLAINT;

    private static final Set<ComplaintState> CLOSED_STATES = EnumSet.of(ComplaintState.CLOSED,
            ComplaintState.NOT_INVESTIGATED, ComplaintState.TRANSFERRED, ComplaintState.WITHDRAWN);

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AgencySettings agency;

    @Inject
    private ComplaintSettings settings;

    @Inject
    private CaseNumberAllocator numbers;

    @Resource
    private SessionContext context;

    // ---- registration -----------------------------------------------------------------------------

    /** Screens a complaint as it would be registered, without registering it (the form's check button). */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public ScreeningPreview preview(@NotNull @Valid RegisterComplaint command) {
        Complaint.Intake intake = intake(command);
        ScreeningResult result = Screening.screen(intake.screeningInput(existing(intake.entity(), intake.complainant().duplicateKey(), null)));
        return new ScreeningPreview(result.findings().stream().map(ComplaintDetail.FindingView::of).toList(),
                result.proposedAction().map(ComplaintAction::slug).orElse(null),
                intake.effectiveProceedingsLanguage(),
                fi.valvonta.model.complaint.ProceedingsLanguage.samiApplies(intake.entity().languageStatus()),
                agency.prefixFor(command.receivedDate()),
                PersonalIdentityNumbers.find(command.description()).size());
    }

    /**
     * Registers a complaint (tiedonhallintalaki 25 §): screens it, gives it the next case number of its
     * prefix and year, and records it in the audit trail. With an {@code idempotencyKey}, a retry of the
     * same request returns the complaint registered first; the same key with another request is refused.
     */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public Registration register(@NotNull @Valid RegisterComplaint command, String idempotencyKey) {
        String user = caller();
        String hash = null;
        if (idempotencyKey != null) {
            requireValidKey(idempotencyKey);
            hash = command.fingerprint();
            Optional<Registration> earlier = replay(idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (command.receivedDate().isAfter(today)) {
            throw new RuleViolationException("complaint.received-in-future", "receivedDate",
                    "a complaint cannot be received after today " + today);
        }
        Complaint.Intake intake = intake(command);
        ScreeningResult screening = Screening.screen(intake.screeningInput(existing(intake.entity(), intake.complainant().duplicateKey(), null)));
        Instant now = clock.instant();

        // last: the counter row stays locked until this transaction commits
        CaseNumber number = numbers.next(agency.prefixFor(command.receivedDate()), command.receivedDate().getYear());
        Complaint complaint = Complaint.register(number, intake, screening, user, now);
        int masked = command.maskIdentityNumbers() ? complaint.maskIdentityNumbers() : 0;
        complaint.refreshOverdue(today);
        em.persist(complaint);
        audit.recordChange(AUDIT_TYPE, complaint.id(), "REGISTERED", null, complaint.auditSummary()
                + ", received " + complaint.receivedDate() + " by " + complaint.channel()
                + ", entity " + complaint.entity().nameFi() + ", themes " + complaint.themes()
                + ", proceedings " + complaint.proceedingsLanguage()
                + (screening.findings().isEmpty() ? "" : ", screening " + screening.findings().stream()
                        .map(f -> f.code() + "/" + f.weight()).toList())
                + (masked > 0 ? ", " + masked + " identity number(s) masked" : ""));
        em.flush();
        if (idempotencyKey != null) {
            em.persist(new IdempotencyRecord(user, idempotencyKey, hash, complaint.id(), now));
            try {
                em.flush();
            } catch (PersistenceException e) {
                // a parallel request with the same key won; this one rolls back, number and all
                throw new IdempotencyConflictException(idempotencyKey);
            }
        }
        return new Registration(detail(complaint), false);
    }

    /** The complaint an earlier request with this Idempotency-Key registered, if any. */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public Optional<Registration> replay(String idempotencyKey, String requestHash) {
        IdempotencyRecord earlier = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller(), idempotencyKey));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestHash().equals(requestHash)) {
            throw new RuleViolationException("idempotency-key.reused", "Idempotency-Key",
                    "this Idempotency-Key was used for a different request");
        }
        return Optional.of(new Registration(detail(load(earlier.complaintId())), true));
    }

    private static void requireValidKey(String key) {
        if (key.isBlank() || key.length() > IdempotencyRecord.KEY_LENGTH || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            throw new RuleViolationException("idempotency-key.invalid", "Idempotency-Key",
                    "an Idempotency-Key is 1–" + IdempotencyRecord.KEY_LENGTH + " visible ASCII characters");
        }
    }

    private Complaint.Intake intake(RegisterComplaint c) {
        SupervisedEntity entity = Optional.ofNullable(em.find(SupervisedEntity.class, c.entityId()))
                .orElseThrow(() -> new RuleViolationException("complaint.unknown-entity", "entityId",
                        "no municipality or employment area with id " + c.entityId()));
        return new Complaint.Intake(c.receivedDate(), c.channel(), c.complainant().toComplainant(), entity,
                c.officialName(), c.conductFrom(), c.conductTo(), c.description(), c.themes(), c.teOfficeMatter(),
                c.specialReasonForOldMatter(), c.proceedingsLanguage());
    }

    /** Earlier complaints of the same complainant about the same entity, for the duplicate check. */
    private List<ExistingComplaint> existing(SupervisedEntity entity, String key, Long except) {
        if (key == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Complaint c WHERE c.entity = :e AND c.complainantKey = :k", Complaint.class)
                .setParameter("e", entity).setParameter("k", key).getResultList().stream()
                .filter(c -> !c.id().equals(except))
                .map(Complaint::asExisting)
                .toList();
    }

    // ---- workflow ---------------------------------------------------------------------------------

    /**
     * Takes a workflow action. Refused with 403 when the caller's role may not take it, 412 when
     * {@code expectedVersion} is not the current version, 409 when the state does not allow it.
     */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public ComplaintDetail act(long id, @NotNull ComplaintAction action, Long expectedVersion, @Valid ActionInput input) {
        ActionInput in = input == null ? ActionInput.none() : input;
        if (!ComplaintPermissions.mayTake(callerRoles(), action)) {
            throw new ForbiddenException("complaint.action-forbidden",
                    "your role may not " + action.slug() + " a complaint (allowed: " + ComplaintPermissions.rolesFor(action) + ")");
        }
        Complaint c = load(id);
        requireVersion(c, expectedVersion);
        String before = c.auditSummary();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String detail = switch (action) {
            case START_ASSESSMENT -> {
                c.startAssessment(now);
                String assignee = in.assignee() != null ? requireInspector(in.assignee())
                        : c.assignee().isEmpty() && context.isCallerInRole(Role.INSPECTOR_NAME) ? caller() : null;
                if (assignee != null) {
                    c.assignTo(assignee);
                }
                yield null;
            }
            case REQUEST_SUPPLEMENT -> {
                c.requestSupplement(now);
                yield null;
            }
            case RECEIVE_SUPPLEMENT -> {
                c.receiveSupplement(now);
                yield null;
            }
            case REQUEST_STATEMENT -> {
                LocalDate deadline = deadline(in, today);
                c.requestStatement(deadline, now);
                yield "statement due " + deadline;
            }
            case REQUEST_REPLY -> {
                LocalDate deadline = deadline(in, today);
                c.requestReply(deadline, now);
                yield "reply due " + deadline;
            }
            case START_PREPARATION -> {
                c.startPreparation(now);
                yield null;
            }
            case PROPOSE -> {
                c.propose(in.outcome(), in.notInvestigatedReason(), in.remarkAddressee(), in.text(), caller(), now);
                yield "proposed " + in.outcome() + (c.remarkAddressee().map(a -> " to " + a).orElse(""))
                        + c.notInvestigatedReason().map(r -> " (" + r + ")").orElse("");
            }
            case RETURN_FOR_PREPARATION -> {
                c.returnForPreparation(now);
                yield null;
            }
            case DECIDE -> {
                c.decide(caller(), in.dissent(), NoAppeal.statement(c.proceedingsLanguage()), today, now);
                yield "decided " + c.outcome().orElseThrow() + " as presented by " + c.presenter().orElse("?")
                        + (c.dissent().isPresent() ? ", dissent recorded" : "");
            }
            case SERVE -> {
                LocalDate served = in.servedOn() != null ? in.servedOn() : today;
                if (served.isAfter(today)) {
                    throw new RuleViolationException("complaint.served-in-future", "servedOn", "service is recorded when it has happened");
                }
                c.serve(served, now);
                yield "served " + served;
            }
            case CLOSE -> {
                c.close(now);
                yield null;
            }
            case NOT_INVESTIGATE -> {
                c.notInvestigate(in.notInvestigatedReason(), in.text(), caller(),
                        NoAppeal.statement(c.proceedingsLanguage()), today, now);
                yield "not investigated: " + in.notInvestigatedReason() + " (" + in.notInvestigatedReason().legalBasis() + ")";
            }
            case TRANSFER -> {
                c.transfer(in.transferredTo(), today, now);
                yield "transferred to " + c.transferredTo().orElse("");
            }
            case WITHDRAW -> {
                c.withdraw(today, now);
                yield null;
            }
        };
        c.refreshOverdue(today);
        flushOrStale(c);
        audit.recordChange(AUDIT_TYPE, c.id(), action.name(), before, c.auditSummary()
                + (detail == null ? "" : "; " + detail) + (in.note() == null || in.note().isBlank() ? "" : "; note: " + in.note().strip()));
        return detail(c);
    }

    private LocalDate deadline(ActionInput in, LocalDate today) {
        if (in.deadline() != null) {
            if (!in.deadline().isAfter(today)) {
                throw new RuleViolationException("complaint.deadline-past", "deadline", "a deadline is after today");
            }
            // laki 150/1930 5 §: a deadline on a closed day moves to the next working day
            return FinnishCalendar.nextWorkingDayIfClosed(in.deadline());
        }
        int days = in.workingDays() != null ? in.workingDays() : settings.statementWorkingDays();
        return Deadlines.statementDeadline(today, days);
    }

    /** Assigns the complaint to an inspector, or clears the assignment ({@code assignee} null). */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public ComplaintDetail assign(long id, String assignee, Long expectedVersion) {
        Complaint c = load(id);
        requireVersion(c, expectedVersion);
        String before = c.auditSummary();
        c.assignTo(assignee == null || assignee.isBlank() ? null : requireInspector(assignee.strip()));
        flushOrStale(c);
        audit.recordChange(AUDIT_TYPE, c.id(), "ASSIGNED", before, c.auditSummary());
        return detail(c);
    }

    /** HL 53 b § 3 mom: records the special reason to investigate a matter over two years old, and screens again. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME})
    public ComplaintDetail recordSpecialReason(long id, String reason, Long expectedVersion) {
        Complaint c = load(id);
        requireVersion(c, expectedVersion);
        String before = c.auditSummary();
        c.recordSpecialReason(reason, existing(c.entity(), c.complainant().duplicateKey(), c.id()));
        flushOrStale(c);
        audit.recordChange(AUDIT_TYPE, c.id(), "SPECIAL_REASON_RECORDED", before, c.auditSummary()
                + "; screening " + c.screening().findings().stream().map(f -> f.code() + "/" + f.weight()).toList());
        return detail(c);
    }

    /** Tietosuojalaki 29 §: masks personal identity numbers in the description. */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public ComplaintDetail maskIdentityNumbers(long id, Long expectedVersion) {
        Complaint c = load(id);
        requireVersion(c, expectedVersion);
        int masked = c.maskIdentityNumbers();
        if (masked > 0) {
            flushOrStale(c);
            audit.recordChange(AUDIT_TYPE, c.id(), "IDENTITY_NUMBERS_MASKED", null, masked + " identity number(s) masked");
        }
        return detail(c);
    }

    private String requireInspector(String username) {
        AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
        if (user == null || !user.isActive() || !user.hasRole(Role.INSPECTOR)) {
            throw new RuleViolationException("complaint.assignee-not-inspector", "assignee",
                    username + " is not an active inspector");
        }
        return user.username();
    }

    private static void requireVersion(Complaint c, Long expected) {
        if (expected != null && expected != c.version()) {
            throw new StaleVersionException("complaint " + c.caseNumber() + " is at version " + c.version()
                    + ", not " + expected + "; reload it and try again");
        }
    }

    /** Writes now, so a concurrent change that won is reported as a stale version, not at commit. */
    private void flushOrStale(Complaint c) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("complaint " + c.caseNumber() + " was changed by someone else; reload it");
        }
    }

    // ---- documents --------------------------------------------------------------------------------

    /** The largest document accepted, in bytes. */
    public long attachmentLimit() {
        return settings.attachmentMaxBytes();
    }

    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public AttachmentView addAttachment(long complaintId, String fileName, String contentType, byte[] content) {
        Complaint c = load(complaintId);
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty() || name.length() > ComplaintAttachment.FILE_NAME_LENGTH) {
            throw new RuleViolationException("attachment.file-name", "fileName", "a document has a file name of 1–255 characters");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolationException("attachment.empty", "content", "the document is empty");
        }
        if (content.length > settings.attachmentMaxBytes()) {
            throw new RuleViolationException("attachment.too-large", "content",
                    "a document is at most " + settings.attachmentMaxBytes() + " bytes");
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > ComplaintAttachment.CONTENT_TYPE_LENGTH
                ? "application/octet-stream" : contentType.strip();
        ComplaintAttachment a = new ComplaintAttachment(c.id(), name, type, content.length, Sha256.hex(content),
                clock.instant(), caller());
        em.persist(a);
        em.flush();
        em.persist(new AttachmentContent(a.id(), content));
        audit.recordChange(AUDIT_TYPE, c.id(), "DOCUMENT_ADDED", null,
                "document " + a.id() + " (" + type + ", " + content.length + " bytes, sha256 " + a.sha256() + ")");
        return AttachmentView.of(a);
    }

    /** A document's bytes; opening it is use-logged like viewing the case. */
    public AttachmentFile attachment(long complaintId, long attachmentId, AuditChannel channel) {
        ComplaintAttachment a = em.find(ComplaintAttachment.class, attachmentId);
        if (a == null || a.complaintId() != complaintId) {
            throw new NotFoundException("document", attachmentId);
        }
        audit.recordView(AUDIT_TYPE, complaintId, channel);
        return new AttachmentFile(a.fileName(), a.contentType(), em.find(AttachmentContent.class, attachmentId).content());
    }

    // ---- reading ----------------------------------------------------------------------------------

    /** The case, as its page shows it; the view is written to the use log (tiedonhallintalaki 17 §). */
    public ComplaintDetail view(long id, AuditChannel channel) {
        Complaint c = load(id);
        audit.recordView(AUDIT_TYPE, id, channel);
        return detail(c);
    }

    /** For another case (a measure) to refer to a complaint: no personal data, not use-logged. */
    public ComplaintReference reference(long id) {
        return reference(load(id));
    }

    public Optional<ComplaintReference> findReference(CaseNumber caseNumber) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.caseNumber.prefix = :p AND c.caseNumber.serial = :s "
                        + "AND c.caseNumber.year = :y", Complaint.class)
                .setParameter("p", caseNumber.prefix()).setParameter("s", caseNumber.serial())
                .setParameter("y", caseNumber.year()).getResultStream().findFirst().map(ComplaintService::reference);
    }

    private static ComplaintReference reference(Complaint c) {
        return new ComplaintReference(c.id(), c.caseNumber().toString(), c.entity().id(), c.entity().nameFi(), c.state(),
                c.outcome().orElse(null), c.remarkAddressee().orElse(null));
    }

    /** The audit trail of the case, oldest first: its timeline. */
    public List<AuditEntry> timeline(long id) {
        load(id);
        return audit.trailOf(AUDIT_TYPE, id);
    }

    /** Inspectors a complaint can be assigned to. */
    public List<InspectorRef> inspectors() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList().stream()
                .filter(u -> u.isActive() && u.hasRole(Role.INSPECTOR))
                .map(u -> new InspectorRef(u.username(), u.displayName())).toList();
    }

    /** The case list: filtered, ordered and paged in the database (indexed columns only). */
    public Page<ComplaintSummary> search(@NotNull @Valid ComplaintQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String join = "";
        LocalDate today = LocalDate.now(clock);
        if (q.inbox() != null) {
            switch (q.inbox()) {
                case MINE -> {
                    // an inspector's open cases; a decision maker's also the proposals waiting for their decision
                    if (context.isCallerInRole(Role.DECISION_MAKER_NAME)) {
                        where.append(" AND ((c.assignee = :me AND c.state NOT IN :closed)"
                                + " OR (c.state = :proposed AND c.presenter <> :me))");
                        params.put("proposed", ComplaintState.PROPOSED);
                    } else {
                        where.append(" AND c.assignee = :me AND c.state NOT IN :closed");
                    }
                    params.put("me", caller());
                    params.put("closed", CLOSED_STATES);
                }
                case UNASSIGNED -> {
                    where.append(" AND c.assignee IS NULL AND c.state NOT IN :closed");
                    params.put("closed", CLOSED_STATES);
                }
                case OVERDUE -> {
                    where.append(" AND c.overdue = :overdueInbox");
                    params.put("overdueInbox", Boolean.TRUE);
                }
                case DUE_SOON -> {
                    where.append(" AND c.nextDeadline >= :today AND c.nextDeadline <= :soon");
                    params.put("today", today);
                    params.put("soon", FinnishCalendar.addWorkingDays(today, settings.dueSoonWorkingDays()));
                }
            }
        }
        if (!q.states().isEmpty()) {
            where.append(" AND c.state IN :states");
            params.put("states", q.states());
        }
        if (q.theme() != null) {
            join = " JOIN c.themes th";
            where.append(" AND th = :theme");
            params.put("theme", q.theme());
        }
        if (q.entityId() != null) {
            where.append(" AND e.id = :entity");
            params.put("entity", q.entityId());
        }
        if (q.pilotAreaId() != null) {
            where.append(" AND c.pilotAreaId = :area");
            params.put("area", q.pilotAreaId());
        }
        if (q.assignee() != null && !q.assignee().isBlank()) {
            where.append(" AND c.assignee = :assignee");
            params.put("assignee", q.assignee().strip());
        }
        if (q.overdue() != null) {
            where.append(" AND c.overdue = :overdue");
            params.put("overdue", q.overdue());
        }
        if (q.year() != null) {
            where.append(" AND c.caseNumber.year = :year");
            params.put("year", q.year());
        }
        if (q.caseNumber() != null && !q.caseNumber().isBlank()) {
            CaseNumber n = CaseNumber.parse(q.caseNumber().toUpperCase(java.util.Locale.ROOT));
            where.append(" AND c.caseNumber.prefix = :cp AND c.caseNumber.serial = :cs AND c.caseNumber.year = :cy");
            params.put("cp", n.prefix());
            params.put("cs", n.serial());
            params.put("cy", n.year());
        }
        String dir = q.ascending() ? " ASC" : " DESC";
        String order = switch (q.sort()) {
            case RECEIVED -> " ORDER BY c.receivedDate" + dir + ", c.id" + dir;
            case CASE_NUMBER -> " ORDER BY c.caseNumber.year" + dir + ", c.caseNumber.serial" + dir + ", c.id" + dir;
            case STATE -> " ORDER BY c.state" + dir + ", c.receivedDate" + dir + ", c.id" + dir;
            case DEADLINE -> " ORDER BY c.nextDeadline" + dir + ", c.id" + dir;
            case ENTITY -> " ORDER BY e.nameFi" + dir + ", c.id" + dir;
        };
        String from = " FROM Complaint c JOIN c.entity e" + join;
        TypedQuery<Object[]> list = em.createQuery("SELECT c.id, c.version, c.caseNumber.prefix, c.caseNumber.serial, "
                + "c.caseNumber.year, c.receivedDate, c.channel, c.state, e.id, e.nameFi, c.pilotAreaId, c.assignee, "
                + "c.nextDeadline, c.overdue, c.outcome" + from + where + order, Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + from + where, Long.class);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows = list.setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
        Map<Long, List<Theme>> themes = themesOf(rows.stream().map(r -> (Long) r[0]).toList());
        List<ComplaintSummary> items = rows.stream().map(r -> new ComplaintSummary((Long) r[0], ((Number) r[1]).longValue(),
                r[2] + "/" + r[3] + "/" + r[4], (LocalDate) r[5], (fi.valvonta.model.complaint.Channel) r[6],
                (ComplaintState) r[7], (Long) r[8], (String) r[9], (Long) r[10], themes.getOrDefault((Long) r[0], List.of()),
                (String) r[11], (LocalDate) r[12], Boolean.TRUE.equals(r[13]),
                (fi.valvonta.model.complaint.DecisionOutcome) r[14])).toList();
        long total = rows.size() < q.max() && (q.first() == 0 || !rows.isEmpty()) ? q.first() + rows.size() : count.getSingleResult();
        return new Page<>(items, total, q.first(), q.max());
    }

    private Map<Long, List<Theme>> themesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Theme>> themes = new LinkedHashMap<>();
        em.createQuery("SELECT c.id, t FROM Complaint c JOIN c.themes t WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> themes.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Theme) r[1]));
        themes.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return themes;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Complaint load(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id)).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Set<Role> callerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> context.isCallerInRole(r.name())).forEach(roles::add);
        return roles;
    }

    private ComplaintDetail detail(Complaint c) {
        LocalDate today = LocalDate.now(clock);
        var p = c.complainant();
        ScreeningResult screening = c.screening();
        List<AttachmentView> attachments = em.createQuery(
                        "SELECT a FROM ComplaintAttachment a WHERE a.complaintId = :c ORDER BY a.uploadedAt, a.id", ComplaintAttachment.class)
                .setParameter("c", c.id()).getResultList().stream().map(AttachmentView::of).toList();
        ComplaintDetail.DecisionView decision = c.outcome().map(o -> new ComplaintDetail.DecisionView(o,
                c.notInvestigatedReason().map(r -> r.legalBasis()).orElse(o.legalBasis()),
                c.notInvestigatedReason().orElse(null), c.remarkAddressee().orElse(null), c.decisionText().orElse(null),
                c.presenter().orElse(null), c.proposedAt().orElse(null), c.decidedBy().orElse(null),
                c.decidedAt().orElse(null), c.dissent().orElse(null), c.appealStatement().orElse(null), false,
                c.resolvedOn().orElse(null), c.servedOn().orElse(null))).orElse(null);
        boolean dueSoon = c.nextDeadline().map(d -> Deadlines.isDueSoon(d, today, settings.dueSoonWorkingDays())).orElse(false);
        List<String> allowed = c.allowedActions(callerRoles(), caller()).stream().map(ComplaintAction::slug).toList();
        return new ComplaintDetail(c.id(), c.version(), c.caseNumber().toString(), c.receivedDate(), c.registeredAt(),
                c.registeredBy(), c.channel(),
                new ComplaintDetail.ComplainantView(p.isAnonymous(), p.name(), p.email(), p.phone(), p.address(),
                        p.language(), p.representativeName(), p.hasPowerOfAttorney()),
                c.entity().id(), c.entity().nameFi(), c.entity().kind(), c.pilotAreaId().orElse(null),
                c.officialName().orElse(null), c.conductFrom(), c.conductTo().orElse(null), c.description(),
                c.themes().stream().sorted().toList(), c.isTeOfficeMatter(), c.specialReason().orElse(null),
                screening.findings().stream().map(ComplaintDetail.FindingView::of).toList(),
                screening.proposedOutcome().orElse(null), screening.proposedAction().map(ComplaintAction::slug).orElse(null),
                c.proceedingsLanguage(), c.samiApplies(), c.state(), c.stateChangedAt(), c.assignee().orElse(null),
                c.responseDeadline().orElse(null), c.processingTarget(), c.nextDeadline().orElse(null), c.isOverdue(),
                dueSoon, c.transferredTo().orElse(null), decision, allowed, attachments);
    }

    /** Refused when two requests race with one Idempotency-Key; the caller replays the winner's result. */
    public static class IdempotencyConflictException extends ConflictException {
        public IdempotencyConflictException(String key) {
            super("idempotency-key.concurrent", "a request with the Idempotency-Key " + key + " is being processed");
        }
    }
}
