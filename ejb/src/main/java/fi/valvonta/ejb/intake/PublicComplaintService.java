package fi.valvonta.ejb.intake;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.complaint.AttachmentView;
import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.ejb.complaint.ComplaintDocumentService;
import fi.valvonta.ejb.complaint.ComplaintRegistrationService;
import fi.valvonta.ejb.complaint.ComplaintSettings;
import fi.valvonta.ejb.complaint.ComplaintStore;
import fi.valvonta.ejb.complaint.RegisterComplaint;
import fi.valvonta.ejb.notification.MailSettings;
import fi.valvonta.ejb.notification.ComplaintReceipts;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.ejb.security.SecurityLog;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAttachment;
import fi.valvonta.model.complaint.DocumentUpload;
import fi.valvonta.model.intake.PublicStatus;
import fi.valvonta.model.intake.PublicSubmission;
import fi.valvonta.model.intake.StatusLink;
import fi.valvonta.model.intake.StatusLinkPolicy;
import fi.valvonta.model.intake.StatusToken;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.TooManyRequestsException;
import fi.valvonta.model.security.Role;
import fi.valvonta.model.security.SecurityEventKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public e-service: anyone may send a complaint, without signing in, and follow it through a private
 * status link. A complaint sent here is registered by the registry's own service
 * ({@link ComplaintRegistrationService}: the same screening, case number, audit and e-mail receipt) as received
 * through the e-service on the day it was sent, under the name {@value #SENDER} (never a user's). The client's
 * quota ({@link SubmissionGuard}) and the trap field keep machines out; a filled trap is answered as if the
 * complaint was taken, stores nothing and goes to the security log.
 */
@Stateless
@PermitAll
@RunAs(Role.REGISTRAR_NAME)
@RunAsPrincipal(PublicComplaintService.SENDER)
public class PublicComplaintService {

    /** The name the e-service acts under: in the audit trail, the use log and as the sender of its documents. */
    public static final String SENDER = "(e-service)";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private ComplaintRegistrationService registration;

    @Inject
    private ComplaintDocumentService documents;

    @Inject
    private ComplaintStore complaints;

    @Inject
    private ComplaintSettings complaintSettings;

    @Inject
    private RegistryService registry;

    @Inject
    private PublicComplaintSettings settings;

    @Inject
    private SubmissionGuard guard;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailSettings mail;

    @Inject
    private ComplaintReceipts receipts;

    @Inject
    private AgencySettings agency;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The municipalities and employment areas a complaint may be about, by Finnish name. */
    public List<SupervisedEntityRef> entities() {
        return registry.supervisedEntities();
    }

    /** The largest document taken, in bytes. */
    public long documentLimit() {
        return complaintSettings.attachmentMaxBytes();
    }

    /** Documents taken with the form or through the link, in all. */
    public int documentsMax() {
        return settings.statusLinks().maxDocuments();
    }

    /** How long a status link works after its case closed. */
    public java.time.Duration retentionAfterClose() {
        return settings.statusLinks().retentionAfterClose();
    }

    /**
     * Takes a complaint from {@code client} (its address) with its {@code files}, through {@code channel} (the
     * form: UI, the public API: API). Every file is checked before anything is stored; a client over its quota
     * is refused (429) before anything is stored.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PublicReceipt submit(@NotNull @Valid SubmitComplaint command, List<SubmittedFile> files, String client,
                                @NotNull AuditChannel channel) {
        StatusLinkPolicy policy = settings.statusLinks();
        List<DocumentUpload> uploads = checked(files == null ? List.of() : files, policy);
        Language proceedings = PublicSubmission.proceedingsLanguage(command.proceedingsLanguage());
        Language contact = PublicSubmission.contactLanguage(command.contactLanguage(), proceedings);
        guard.check(client).ifPresent(refusal -> {
            if (refusal.first()) {
                securityLog.record(SecurityEventKind.SUBMISSIONS_LIMITED, null, client,
                        channel.storedName() + ", refused for " + refusal.retryAfter().toSeconds() + " s");
            }
            throw new TooManyRequestsException("public-complaint.too-many",
                    "too many complaints from this address; try again later", refusal.retryAfter());
        });
        // laki 13/2003 10 § 1 mom: received when it is available to the agency, that is today
        LocalDate today = LocalDate.now(clock);
        if (PublicSubmission.isTrapFilled(command.homepage())) {
            guard.taken(client);
            securityLog.record(SecurityEventKind.HONEYPOT_FILLED, null, client,
                    channel.storedName() + ", " + uploads.size() + " file(s); nothing stored");
            return decoy(today, proceedings, contact, uploads.size(), policy);
        }
        RegisterComplaint register = new RegisterComplaint(today, Channel.E_SERVICE,
                new RegisterComplaint.ComplainantInput(command.anonymous(), command.name(), command.email(), command.phone(),
                        command.address(), contact, null, false, null),
                registry.subjectOfPublicComplaint(command.entityId(), command.conductFrom()), command.officialName(), command.conductFrom(), command.conductTo(), command.description(),
                command.themes(), false, null, proceedings, false, null);
        ComplaintDetail registered = registration.registerSentByEService(register).complaint();
        guard.taken(client);
        StatusToken token = StatusToken.generate(RANDOM);
        // the complaint has committed (it is the registry's now); its link and documents follow in a transaction of
        // their own: should that fail, the complaint stays registered and the sender is told to contact the agency
        Instant issued = context.getBusinessObject(PublicComplaintService.class)
                .issueLink(registered.id(), token, uploads, channel);
        boolean emailReceipt = mail.enabled() && !command.anonymous() && command.email() != null && !command.email().isBlank();
        if (emailReceipt) {
            // laki 13/2003 12 §: the receipt without delay, here with the sender's status link (it exists only now)
            receipts.send(registered.id(), settings.statusUrl(token.value()), policy.retentionAfterClose().toDays());
        }
        return new PublicReceipt(registered.caseNumber(), registered.receivedDate(), issued, token.value(), proceedings,
                contact, uploads.size(), policy.documentsUntil(issued),
                policy.documentsRemaining(issued, uploads.size(), issued), emailReceipt);
    }

    /** The status link of a registered complaint, with the documents sent along; for {@link #submit} only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant issueLink(long complaintId, StatusToken token, List<DocumentUpload> uploads, AuditChannel channel) {
        Instant now = clock.instant();
        StatusLink link = StatusLink.issue(complaintId, token, now);
        em.persist(link);
        for (DocumentUpload u : uploads) {
            link.addDocument(settings.statusLinks(), now);
            documents.addAttachment(complaintId, u.fileName(), u.content());
        }
        em.flush();
        // the channel on the case's own timeline: what arrived through the e-service, and when
        audit.recordChange(AuditedType.COMPLAINT, complaintId, "RECEIVED_BY_E_SERVICE", null,
                "public e-service (" + channel.storedName() + "), " + uploads.size() + " document(s) with it, status link issued");
        return now;
    }

    /**
     * What the status link shows now; the reading is use-logged (tiedonhallintalaki 17 §) under the e-service's
     * name. An unknown token and one whose case closed longer ago than the link works are the same: not found.
     */
    public PublicStatus status(String token) {
        return findStatus(token).orElseThrow(PublicComplaintService::unknownLink);
    }

    /** As {@link #status}, empty for a token that is unknown or has expired. */
    public Optional<PublicStatus> findStatus(String token) {
        Optional<StatusLink> link = findLink(token, LockModeType.NONE);
        Optional<Complaint> complaint = link.map(l -> complaints.get(l.complaintId())).filter(this::linkWorks);
        if (complaint.isEmpty()) {
            return Optional.empty();
        }
        Complaint c = complaint.get();
        List<ComplaintAttachment> files = em.createQuery(
                        "SELECT a FROM ComplaintAttachment a WHERE a.complaintId = :id ORDER BY a.uploadedAt, a.id", ComplaintAttachment.class)
                .setParameter("id", c.id()).getResultList();
        audit.recordView(AuditedType.COMPLAINT, c.id(), AuditChannel.E_SERVICE);
        return Optional.of(PublicStatus.of(c, link.get(), settings.statusLinks(), files, SENDER, clock.instant()));
    }

    /** A further document through the status link: within the window, up to the most, while the case takes documents. */
    public PublicStatus.DocumentSent addDocument(String token, String fileName, byte[] content) {
        StatusLink link = findLink(token, LockModeType.PESSIMISTIC_WRITE).orElseThrow(PublicComplaintService::unknownLink);
        Complaint c = complaints.find(link.complaintId()).filter(this::linkWorks).orElseThrow(PublicComplaintService::unknownLink);
        String before = link.auditSummary();
        link.addDocument(settings.statusLinks(), clock.instant());
        AttachmentView added = documents.addAttachment(c.id(), fileName, content);
        audit.recordChange(link, "DOCUMENT_RECEIVED_BY_E_SERVICE", before);
        return new PublicStatus.DocumentSent(added.fileName(), added.size(), added.uploadedAt());
    }

    private List<DocumentUpload> checked(List<SubmittedFile> files, StatusLinkPolicy policy) {
        if (files.size() > policy.maxDocuments()) {
            throw new RuleViolationException("public-complaint.too-many-documents", "files",
                    "at most " + policy.maxDocuments() + " documents are sent with a complaint");
        }
        List<DocumentUpload> uploads = new ArrayList<>();
        for (SubmittedFile f : files) {
            uploads.add(DocumentUpload.of(f.fileName(), f.content(), complaintSettings.attachmentMaxBytes()));
        }
        return uploads;
    }

    private Optional<StatusLink> findLink(String token, LockModeType lock) {
        Optional<StatusToken> parsed = StatusToken.parse(token);
        return parsed.isEmpty() ? Optional.empty()
                : em.createQuery("SELECT l FROM StatusLink l WHERE l.tokenHash = :hash", StatusLink.class)
                .setParameter("hash", parsed.get().hash()).setLockMode(lock).getResultList().stream().findFirst();
    }

    private boolean linkWorks(Complaint c) {
        return !settings.statusLinks().isExpired(c.state(), c.stateChangedAt(), clock.instant());
    }

    /** The token is never repeated in the answer. */
    private static NotFoundException unknownLink() {
        return new NotFoundException("status link", "(unknown or expired)");
    }

    /** The answer to a filled trap: as a taken complaint's, with a case number and a link that lead nowhere. */
    private PublicReceipt decoy(LocalDate today, Language proceedings, Language contact, int files, StatusLinkPolicy policy) {
        Instant now = clock.instant();
        CaseNumber number = CaseNumber.of(agency.prefixFor(today), 1 + RANDOM.nextInt(9_999), today.getYear());
        return new PublicReceipt(number.toString(), today, now, StatusToken.generate(RANDOM).value(), proceedings, contact,
                files, policy.documentsUntil(now), policy.documentsRemaining(now, files, now), false);
    }
}
