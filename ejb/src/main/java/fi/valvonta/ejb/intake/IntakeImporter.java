package fi.valvonta.ejb.intake;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.intake.IncomingMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Stores one fetched message, each in a transaction of its own, so one bad message never holds back the
 * others. A Message-ID already in the queue is a duplicate; two pollers racing on one message meet at the
 * unique Message-ID, and the loser's message stays unseen until its next pass finds the duplicate.
 */
@Stateless
@PermitAll
public class IntakeImporter {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MailboxReader.Outcome store(FetchedMessage fetched) {
        boolean known = !em.createQuery("SELECT m.id FROM IncomingMessage m WHERE m.messageId = :id", Long.class)
                .setParameter("id", fetched.messageId()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return MailboxReader.Outcome.DUPLICATE;
        }
        IncomingMessage message = IncomingMessage.imported(fetched.messageId(), clock.instant(), fetched.arrivedAt(),
                fetched.senderAddress(), fetched.senderName(), fetched.subject(), fetched.body(), fetched.problem());
        fetched.attachments().forEach(f -> message.attach(f.fileName(), f.contentType(), f.content()));
        em.persist(message);
        em.flush();
        audit.recordChange(message, "IMPORTED", null);
        return MailboxReader.Outcome.IMPORTED;
    }
}
