package fi.valvonta.ejb.notification;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.complaint.ComplaintRegistered;
import fi.valvonta.ejb.complaint.ComplaintStore;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.notification.Notification;
import fi.valvonta.model.notification.NotificationKind;
import fi.valvonta.model.platform.AgencySettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The complainant's receipt by e-mail: once a registration has committed (never for one that rolled
 * back), in the background so the registrar does not wait for the mail server. A complainant who is
 * anonymous or gave no address gets none. The attempt is recorded (recipient, status) and named in the
 * complaint's audit trail, so the case timeline shows whether the receipt went out.
 */
@Stateless
@PermitAll
public class ComplaintReceipts {

    private static final Logger LOG = Logger.getLogger(ComplaintReceipts.class.getName());

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private ComplaintStore complaints;

    @Inject
    private AuditTrail audit;

    @Inject
    private AgencySettings agency;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Observer: after a registration commits, hands the receipt to the background. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintRegistered event) {
        if (settings.enabled() && event.receiptOnCommit()) {
            context.getBusinessObject(ComplaintReceipts.class).send(event.complaintId(), null, 0);
        }
    }

    /**
     * Sends the receipt of complaint {@code complaintId}, in the background: by the observer above, and by the
     * e-service with the sender's {@code statusUrl}, which works {@code linkDaysAfterClose} days after the case
     * closes (none: null); its callers send only with mail on. Nothing when the complainant gave no address.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(long complaintId, String statusUrl, long linkDaysAfterClose) {
        Complaint complaint = complaints.get(complaintId);
        Complainant who = complaint.complainant();
        if (who.isAnonymous() || who.email() == null || who.email().isBlank()) {
            return;
        }
        MailSender.Mail mail = ReceiptText.of(who.email(), who.language(), complaint.caseNumber().toString(),
                complaint.receivedDate(), agency.nameIn(who.language()), statusUrl, linkDaysAfterClose);
        Instant now = clock.instant();
        Notification record;
        try {
            new MailSender(settings.server()).send(mail, now);
            record = Notification.sent(NotificationKind.COMPLAINT_RECEIPT, mail.to(), mail.subject(), complaintId, now);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Receipt of complaint " + complaintId + " not sent through " + settings.server(), e);
            record = Notification.failed(NotificationKind.COMPLAINT_RECEIPT, mail.to(), mail.subject(), complaintId,
                    now, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        em.persist(record);
        em.flush();
        audit.recordChange(record, record.status().name(), null);
        audit.recordChange(complaint.auditedType(), complaint.auditedId(), "RECEIPT_" + record.status().name(), null,
                complaint.auditSummary() + ", receipt by e-mail " + record.status() + " (notification " + record.id() + ")");
    }
}
