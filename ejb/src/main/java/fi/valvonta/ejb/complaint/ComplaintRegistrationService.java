package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.CaseNumberAllocator;
import fi.valvonta.ejb.platform.ServerNode;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAction;
import fi.valvonta.model.complaint.IdempotencyRecord;
import fi.valvonta.model.complaint.ScreeningResult;
import fi.valvonta.model.platform.CaseNumberReservation;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registration of incoming complaints (tiedonhallintalaki 25 §) by the registry and inspectors: intake
 * screening, the case number, and the Idempotency-Key of a retried request.
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
public class ComplaintRegistrationService {

    private static final Logger LOG = Logger.getLogger(ComplaintRegistrationService.class.getName());

    /** How long a request waits for the complaint of a parallel request with its Idempotency-Key, and how often it looks. */
    static final Duration KEY_WAIT = Duration.ofSeconds(30);
    static final Duration KEY_POLL = Duration.ofMillis(50);

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
     * refused. Of two requests racing with one key, one claims the key and registers; the other waits for its
     * complaint (at most {@link #KEY_WAIT}) and answers with it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Registration register(@NotNull @Valid RegisterComplaint command, String idempotencyKey) {
        if (idempotencyKey == null) {
            return registerNumbered(command, null, null, true);
        }
        requireValidKey(idempotencyKey);
        String hash = command.fingerprint();
        long deadline = System.nanoTime() + KEY_WAIT.toNanos();
        while (true) {
            Optional<Registration> earlier = self().replay(idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            try {
                return registerNumbered(command, idempotencyKey, hash, true);
            } catch (IdempotencyConflictException e) {
                // a parallel request holds the key: its complaint is on the way
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause(e);
            }
        }
    }

    /**
     * Registers a complaint sent through the public e-service: as {@link #register}, except that the complainant's
     * receipt is not sent on commit; the e-service sends it once the sender's status link is issued, with the link
     * in it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Registration registerSentByEService(@NotNull @Valid RegisterComplaint command) {
        return registerNumbered(command, null, null, false);
    }

    /**
     * Reserves the case number (and claims the key) in a short transaction, then registers in a transaction of its
     * own; a registration that fails gives both back. The diary's counter is locked only for the reservation: the
     * registration, its audit record and its answer no longer keep every other registration waiting.
     */
    private Registration registerNumbered(RegisterComplaint command, String idempotencyKey, String requestHash,
                                          boolean receiptOnCommit) {
        ComplaintRegistrationService self = self();
        CaseNumberReservation reservation = self.reserve(command, idempotencyKey, requestHash);
        try {
            return self.registerReserved(command, reservation, idempotencyKey, receiptOnCommit);
        } catch (RuntimeException e) {
            try {
                self.giveBack(reservation, idempotencyKey);
            } catch (RuntimeException notGivenBack) {
                // the reservation is abandoned: a registration takes its number once it is ABANDONED_AFTER old
                LOG.log(Level.WARNING, notGivenBack, () -> "case number " + reservation.number()
                        + " of a failed registration not given back");
                e.addSuppressed(notGivenBack);
            }
            throw e;
        }
    }

    /**
     * Claims the Idempotency-Key, if any, for the request with hash {@code requestHash}, and reserves the case number
     * for {@code command}, validated by {@link #register}; for {@link #register} only. Fails with
     * {@link IdempotencyConflictException} when another request holds the key.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CaseNumberReservation reserve(@NotNull RegisterComplaint command, String idempotencyKey, String requestHash) {
        if (idempotencyKey != null) {
            claimKey(idempotencyKey, requestHash);
        }
        return numbers.reserve(agency.prefixFor(command.receivedDate()), command.receivedDate().getYear());
    }

    private void claimKey(String key, String hash) {
        String user = context.getCallerPrincipal().getName();
        Instant now = clock.instant();
        // a claim whose request never finished (its server stopped) is taken over
        int abandoned = em.createQuery("UPDATE IdempotencyRecord r SET r.requestHash = :hash, r.createdAt = :now, r.node = :node"
                        + " WHERE r.username = :user AND r.key = :key AND r.complaintId IS NULL AND r.createdAt < :before")
                .setParameter("hash", hash).setParameter("now", now).setParameter("node", ServerNode.NAME)
                .setParameter("user", user).setParameter("key", key)
                .setParameter("before", CaseNumberReservation.abandonedBefore(now)).executeUpdate();
        if (abandoned == 1) {
            return;
        }
        em.persist(IdempotencyRecord.claim(user, key, hash, now, ServerNode.NAME));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new IdempotencyConflictException(key);
        }
    }

    /** Gives back a reservation of {@link #register} whose registration failed, and the key it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void giveBack(CaseNumberReservation reservation, String idempotencyKey) {
        numbers.release(reservation);
        if (idempotencyKey != null) {
            em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.username = :user AND r.key = :key AND r.complaintId IS NULL")
                    .setParameter("user", context.getCallerPrincipal().getName()).setParameter("key", idempotencyKey)
                    .executeUpdate();
        }
    }

    /**
     * Drops the Idempotency-Keys this node claimed for registrations that its stop ended, so that their retries can
     * register; for the node's start ({@link RegistrationRecovery}). Returns how many.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int dropKeyClaimsLeftByThisNode() {
        return em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.node = :node AND r.complaintId IS NULL")
                .setParameter("node", ServerNode.NAME).executeUpdate();
    }

    /**
     * The registration itself, with a reserved case number, in its own transaction; for {@link #register} only.
     * With {@code receiptOnCommit}, the complainant's receipt goes out once the registration has committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Registration registerReserved(@NotNull RegisterComplaint command, @NotNull CaseNumberReservation reservation,
                                         String idempotencyKey, boolean receiptOnCommit) {
        String user = context.getCallerPrincipal().getName();
        LocalDate today = LocalDate.now(clock);
        Complaint.Intake intake = intake(command);
        intake.requireReceivedBy(today);
        ScreeningResult screening = screen(intake);
        Instant now = clock.instant();

        Complaint complaint = Complaint.register(numbers.claim(reservation), intake, screening, user, now);
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
            em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(user, idempotencyKey)).complete(complaint.id());
        }
        return new Registration(details.of(complaint, Caller.of(context)), false);
    }

    /**
     * The complaint an earlier request with this Idempotency-Key registered, if any; none yet while that request is
     * still being processed.
     */
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
        return earlier.complaintId().map(id -> new Registration(details.of(store.get(id), Caller.of(context)), true));
    }

    /** This bean through its container, for a method in a transaction of its own. */
    private ComplaintRegistrationService self() {
        return context.getBusinessObject(ComplaintRegistrationService.class);
    }

    private static void pause(IdempotencyConflictException waitingFor) {
        try {
            Thread.sleep(KEY_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw waitingFor;
        }
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
