package fi.valvonta.ejb.intake;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.complaint.AttachmentFile;
import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.ejb.complaint.ComplaintDocumentService;
import fi.valvonta.ejb.complaint.ComplaintRegistrationService;
import fi.valvonta.ejb.complaint.RegisterComplaint;
import fi.valvonta.ejb.complaint.Registration;
import fi.valvonta.ejb.platform.CallerRoles;
import fi.valvonta.ejb.platform.ClockProducer;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.intake.IncomingAttachment;
import fi.valvonta.model.intake.IncomingMessage;
import fi.valvonta.model.intake.IntakeAction;
import fi.valvonta.model.intake.IntakePermissions;
import fi.valvonta.model.intake.IntakeState;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registrars' e-mail queue: list and read the imported messages, register one as a complaint
 * (channel EMAIL, with its files) or discard it with a reason. Every change is in the audit trail,
 * every reading of a message (personal data) in the use log.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.AUDITOR_NAME})
public class IntakeService {

    /** Longest page of the queue. */
    public static final int MAX_ROWS = 500;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ComplaintRegistrationService registration;

    @Inject
    private ComplaintDocumentService documents;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The queue in one state, oldest first (the order they are to be handled in). */
    public List<IntakeRow> queue(IntakeState state) {
        return em.createQuery("SELECT NEW fi.valvonta.ejb.intake.IntakeRow(m.id, m.importedAt, m.arrivedAt, "
                        + "m.senderAddress, m.senderName, m.subject, m.state, m.problem, m.complaintId) "
                        + "FROM IncomingMessage m WHERE m.state = :state ORDER BY m.importedAt, m.id", IntakeRow.class)
                .setParameter("state", state).setMaxResults(MAX_ROWS).getResultList();
    }

    public long countPending() {
        return em.createQuery("SELECT COUNT(m) FROM IncomingMessage m WHERE m.state = :state", Long.class)
                .setParameter("state", IntakeState.PENDING).getSingleResult();
    }

    /** One message with its text and files; the reading is use-logged. */
    public IntakeDetail get(long id, AuditChannel channel) {
        IncomingMessage m = find(id);
        audit.recordView(m.auditedType(), m.auditedId(), channel);
        return IntakeDetail.of(m, IntakePermissions.allowed(m.state(), CallerRoles.of(context)));
    }

    /** A file of the message; opening it is use-logged like reading the message. */
    public AttachmentFile attachment(long id, long fileId, AuditChannel channel) {
        IncomingMessage m = find(id);
        IncomingAttachment a = m.attachments().stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", fileId));
        audit.recordView(m.auditedType(), m.auditedId(), channel);
        return new AttachmentFile(a.fileName(), a.contentType(), a.content());
    }

    /**
     * Registers the message as a complaint received by e-mail on the day it reached the agency's mailbox,
     * with the files the registrar chose. The message is locked first, so two registrars never make two
     * complaints of it; the complaint is registered under the Idempotency-Key {@code intake-<id>}, so a
     * retry after a failure later in this transaction finds the same complaint, not a second one.
     */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public ComplaintDetail register(long id, @NotNull @Valid CompleteIntake command) {
        IncomingMessage m = lock(id);
        requireAllowed(m, IntakeAction.REGISTER);
        List<IncomingAttachment> files = chosen(m, command.attachmentIds());
        String before = m.auditSummary();
        LocalDate received = m.arrivedAt().orElse(m.importedAt()).atZone(ClockProducer.FINLAND).toLocalDate();
        String description = command.description() == null || command.description().isBlank()
                ? m.body() : command.description();
        String name = command.complainantName() == null || command.complainantName().isBlank()
                ? m.senderName().orElse(null) : command.complainantName();
        RegisterComplaint complaint = new RegisterComplaint(received, Channel.EMAIL,
                new RegisterComplaint.ComplainantInput(false, name, m.senderAddress().orElse(null), null, null,
                        command.complainantLanguage(), null, false, null),
                command.entityId(), command.officialName(), command.conductFrom(), command.conductTo(), description,
                command.themes(), command.teOfficeMatter(), command.specialReasonForOldMatter(), null,
                command.maskIdentityNumbers(), null);
        Registration registered = registration.register(complaint, "intake-" + m.id());
        long complaintId = registered.complaint().id();
        if (!registered.replayed()) {
            for (IncomingAttachment f : files) {
                documents.addAttachment(complaintId, f.fileName(), f.content());
            }
        }
        m.registeredAs(complaintId, caller(), clock.instant());
        audit.recordChange(m, "REGISTERED_AS_COMPLAINT", before);
        // the channel on the case's own timeline: where the complaint came from and what came with it
        audit.recordChange(AuditedType.COMPLAINT, complaintId, "RECEIVED_BY_EMAIL", null,
                "incoming message " + m.id() + ", " + files.size() + " file(s) carried over");
        return registered.complaint();
    }

    /** Sets the message aside as not a complaint. */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public IntakeDetail discard(long id, @NotNull @Valid DiscardIntake command) {
        IncomingMessage m = lock(id);
        requireAllowed(m, IntakeAction.DISCARD);
        String before = m.auditSummary();
        m.discard(command.reason(), caller(), clock.instant());
        audit.recordChange(m, "DISCARDED", before);
        return IntakeDetail.of(m, IntakePermissions.allowed(m.state(), CallerRoles.of(context)));
    }

    private List<IncomingAttachment> chosen(IncomingMessage m, List<Long> ids) {
        if (ids == null) {
            return m.attachments();
        }
        Set<Long> wanted = new HashSet<>(ids);
        List<IncomingAttachment> files = m.attachments().stream().filter(a -> wanted.contains(a.id())).toList();
        if (files.size() != wanted.size()) {
            throw new RuleViolationException("intake.unknown-attachment", "attachmentIds",
                    "the message has no such file");
        }
        return files;
    }

    private void requireAllowed(IncomingMessage m, IntakeAction action) {
        if (!m.state().allowedActions().contains(action)) {
            throw new ConflictException("intake.already-handled", "the message was already " + m.state());
        }
        if (!IntakePermissions.allowed(m.state(), CallerRoles.of(context)).contains(action)) {
            throw new ForbiddenException("intake.not-allowed", "your role does not allow " + action);
        }
    }

    private IncomingMessage find(long id) {
        IncomingMessage m = em.find(IncomingMessage.class, id);
        if (m == null) {
            throw new NotFoundException("incoming message", id);
        }
        return m;
    }

    private IncomingMessage lock(long id) {
        IncomingMessage m = em.find(IncomingMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundException("incoming message", id);
        }
        return m;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
