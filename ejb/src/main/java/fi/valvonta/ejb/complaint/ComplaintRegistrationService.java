package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CaseNumberAllocator;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.IdempotencyRecord;
import fi.valvonta.model.complaint.ScreeningResult;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Registration of incoming complaints (tiedonhallintalaki 25 §) by the registry and inspectors: intake
 * screening, the case number, and the Idempotency-Key of a retried request.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
public class ComplaintRegistrationService {

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Inject
    ComplaintStore store;

    @Inject
    ComplaintDetails details;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    AgencySettings agency;

    @Inject
    CaseNumberAllocator numbers;

    @Inject
    Event<ComplaintRegistered> registered;

    @Resource
    SessionContext context;

    /** Screens a complaint as it would be registered, without registering it (the form's check button). */
    public ScreeningPreview preview(@NotNull @Valid RegisterComplaint command) {
        Complaint.Intake intake = intake(command);
        intake.requireReceivedBy(LocalDate.now(clock));
        return ComplaintAssembler.preview(intake, screen(intake), agency.prefixFor(command.receivedDate()));
    }

    /**
     * Registers a complaint: screens it, gives it the next case number of its prefix and year, and records
     * it in the audit trail. With an {@code idempotencyKey}, a retry of the same request returns the
     * complaint registered first ({@link Registration#replayed()}); the same key with another request is
     * refused. Of two requests racing with one key, the loser's transaction rolls back (case number and
     * all) and it answers with the winner's complaint, read in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Registration register(@NotNull @Valid RegisterComplaint command, String idempotencyKey) {
        ComplaintRegistrationService self = context.getBusinessObject(ComplaintRegistrationService.class);
        try {
            return self.registerOnce(command, idempotencyKey, true);
        } catch (IdempotencyConflictException e) {
            return self.replay(idempotencyKey, command.fingerprint()).orElseThrow(() -> e);
        }
    }

    /**
     * Registers a complaint sent through the public e-service, in its own transaction: as {@link #register}, except
     * that the complainant's receipt is not sent on commit; the e-service sends it once the sender's status link
     * is issued, with the link in it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Registration registerSentByEService(@NotNull @Valid RegisterComplaint command) {
        return registerOnce(command, null, false);
    }

    /**
     * One attempt of {@link #register}, in its own transaction; for {@link #register} only. With
     * {@code receiptOnCommit}, the complainant's receipt goes out once the registration has committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Registration registerOnce(@NotNull @Valid RegisterComplaint command, String idempotencyKey, boolean receiptOnCommit) {
        String user = context.getCallerPrincipal().getName();
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
        Complaint.Intake intake = intake(command);
        intake.requireReceivedBy(today);
        ScreeningResult screening = screen(intake);
        Instant now = clock.instant();

        // last: the counter row stays locked until this transaction commits
        CaseNumber number = numbers.next(agency.prefixFor(command.receivedDate()), command.receivedDate().getYear());
        Complaint complaint = Complaint.register(number, intake, screening, user, now);
        int masked = command.maskIdentityNumbers() ? complaint.maskIdentityNumbers() : 0;
        complaint.refreshOverdue(today);
        store.add(complaint);
        audit.recordChange(complaint.auditedType(), complaint.auditedId(), "REGISTERED", null, complaint.auditSummary()
                + ", received " + complaint.receivedDate() + " by " + complaint.channel()
                + ", entity " + complaint.entity().nameFi() + ", themes " + complaint.themes()
                + ", proceedings " + complaint.proceedingsLanguage()
                + (screening.findings().isEmpty() ? "" : ", screening " + screening.findings().stream()
                        .map(f -> f.code() + "/" + f.weight()).toList())
                + (masked > 0 ? ", " + masked + " identity number(s) masked" : ""));
        em.flush();
        // observers act after commit (the complainant's receipt): a rolled-back registration sends nothing
        registered.fire(new ComplaintRegistered(complaint.id(), receiptOnCommit));
        if (idempotencyKey != null) {
            em.persist(new IdempotencyRecord(user, idempotencyKey, hash, complaint.id(), now));
            try {
                em.flush();
            } catch (PersistenceException e) {
                // a parallel request with the same key won; this one rolls back, number and all
                throw new IdempotencyConflictException(idempotencyKey);
            }
        }
        return new Registration(details.of(complaint, Caller.of(context)), false);
    }

    /** The complaint an earlier request with this Idempotency-Key registered, if any. */
    public Optional<Registration> replay(String idempotencyKey, String requestHash) {
        String user = context.getCallerPrincipal().getName();
        IdempotencyRecord earlier = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(user, idempotencyKey));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestHash().equals(requestHash)) {
            throw new RuleViolationException("idempotency-key.reused", "Idempotency-Key",
                    "this Idempotency-Key was used for a different request");
        }
        return Optional.of(new Registration(details.of(store.get(earlier.complaintId()), Caller.of(context)), true));
    }

    private static void requireValidKey(String key) {
        if (key.isBlank() || key.length() > IdempotencyRecord.KEY_LENGTH || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            throw new RuleViolationException("idempotency-key.invalid", "Idempotency-Key",
                    "an Idempotency-Key is 1–" + IdempotencyRecord.KEY_LENGTH + " visible ASCII characters");
        }
    }

    private Complaint.Intake intake(RegisterComplaint c) {
        return new Complaint.Intake(c.receivedDate(), c.channel(), c.complainant().toComplainant(), store.entity(c.entityId()),
                c.officialName(), c.conductFrom(), c.conductTo(), c.description(), c.themes(), c.teOfficeMatter(),
                c.specialReasonForOldMatter(), c.proceedingsLanguage(), c.oralConsentBy());
    }

    private ScreeningResult screen(Complaint.Intake intake) {
        return intake.screen(store.existing(intake.entity(), intake.complainant().duplicateKey(), null));
    }

}
