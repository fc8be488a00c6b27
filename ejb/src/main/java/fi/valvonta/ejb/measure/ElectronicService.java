package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.platform.ClockProducer;
import fi.valvonta.ejb.suomifi.SuomiFiApi;
import fi.valvonta.ejb.suomifi.SuomiFiClient;
import fi.valvonta.ejb.suomifi.SuomiFiClients;
import fi.valvonta.ejb.suomifi.SuomiFiException;
import fi.valvonta.ejb.suomifi.SuomiFiSettings;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.Disclosure;
import fi.valvonta.model.audit.DisclosureKind;
import fi.valvonta.model.measure.DeliveryEventType;
import fi.valvonta.model.measure.ElectronicDelivery;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.UnavailableException;
import fi.valvonta.model.registry.PostalAddress;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Electronic service of decisions through Suomi.fi Messages: a decided measure's decision document, with its
 * appeal instructions, goes to the addressee organisation's mailbox by its business ID, or is printed and
 * mailed where it has none ({@link Measure#sendElectronically}); the events the service reports move the
 * delivery on, and a receipt shown becomes the measure's service ({@link Measure#recordDeliveryEvent}). A
 * send the service refuses or does not answer writes nothing but its attempt in the audit trail. Every send
 * is a disclosure of the decision to its recipient (tiedonhallintalaki 17 §).
 */
@Stateless
@RolesAllowed({Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class ElectronicService {

    private static final Logger LOG = Logger.getLogger(ElectronicService.class.getName());
    private static final String TEMPLATES = "fi.valvonta.ejb.measure.decision";

    /** The service's event types, by the names it reports them. */
    static final Map<String, DeliveryEventType> EVENT_TYPES = Map.of(
            SuomiFiApi.EVENT_ELECTRONIC_CREATED, DeliveryEventType.ELECTRONIC_CREATED,
            SuomiFiApi.EVENT_ELECTRONIC_READ, DeliveryEventType.ELECTRONIC_READ,
            SuomiFiApi.EVENT_RECEIPT_CONFIRMED, DeliveryEventType.RECEIPT_CONFIRMED,
            SuomiFiApi.EVENT_PAPER_MAIL_CREATED, DeliveryEventType.PAPER_CREATED,
            SuomiFiApi.EVENT_POSTI_RECEIPT_CONFIRMED, DeliveryEventType.POSTI_RECEIPT_CONFIRMED,
            SuomiFiApi.EVENT_POSTI_RETURNED, DeliveryEventType.POSTI_RETURNED);

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private SuomiFiSettings settings;

    @Inject
    private SuomiFiClients clients;

    @Inject
    private DecisionDocuments documents;

    @Inject
    private DecisionSettings decisionSettings;

    @Inject
    private MeasureService measures;

    @Inject
    private AuditTrail audit;

    @Inject
    private DeliveryFailures failures;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext ctx;

    /**
     * Sends the decision of measure {@code id} in the addressee's primary language. Refused while the channel
     * is off (409 {@code suomifi.off}) and by the measure's own rules; the service's outage or refusal is a
     * 503 ({@code suomifi.unavailable}, {@code suomifi.credentials-refused}) or 422 ({@code suomifi.message-refused})
     * and leaves the measure as it was.
     */
    @RolesAllowed(Role.INSPECTOR_NAME)
    public MeasureView send(long id, AuditChannel channel) {
        if (!settings.enabled()) {
            throw new ConflictException("suomifi.off",
                    "Electronic service through Suomi.fi Messages is switched off (valvonta.suomifi.enabled)");
        }
        // one send of a measure at a time: a second waits, then finds the first on its way
        Measure m = Optional.ofNullable(em.find(Measure.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("measure", id));
        Language language = documents.languagesFor(id).get(0);
        DecisionDocument doc = documents.compose(id, language);
        // from here on no query until the delivery is persisted: nothing reaches the database before the service answers
        ElectronicDelivery d = m.sendElectronically(language, caller(), clock.instant());
        SuomiFiClient.Letter letter = letter(m, d, doc);
        SuomiFiClient.Sent sent;
        try {
            sent = clients.client().send(letter);
        } catch (SuomiFiException e) {
            LOG.warning(() -> "Decision of measure " + id + " not sent through Suomi.fi Messages: " + e.getMessage());
            failures.record(id, "Suomi.fi message " + d.externalId() + " to " + d.recipientId() + " ("
                    + d.recipientName() + ") not sent: " + e.getMessage());
            throw refusal(e);
        }
        d.acceptedAs(sent.messageId());
        em.persist(d);
        em.flush();
        audit.recordChange(AuditedType.MEASURE, id, "SENT_ELECTRONICALLY", null, "Suomi.fi " + d.summary()
                + (sent.duplicate() ? " (the service had it already: sent once)" : ""));
        audit.recordView(AuditedType.MEASURE, id, channel);
        audit.recordDisclosure(AuditedType.MEASURE, id, DisclosureKind.GENERATED_DOCUMENT,
                "decision document " + id + " (" + language.code() + ") with its attachments, Suomi.fi message "
                        + sent.messageId(), AuditChannel.SUOMIFI,
                new Disclosure(d.recipientName() + " (" + d.recipientId() + ")", settings.disclosurePurpose()));
        return measures.find(id).orElseThrow();
    }

    /** The decision's deliveries through Suomi.fi Messages, oldest first. */
    public List<DeliveryView> deliveries(long measureId) {
        Measure m = Optional.ofNullable(em.find(Measure.class, measureId))
                .orElseThrow(() -> new NotFoundException("measure", measureId));
        return m.deliveries().stream().map(DeliveryView::of).toList();
    }

    /** What one event of the feed did. */
    public enum Applied { IGNORED, UNKNOWN_MESSAGE, DUPLICATE, RECORDED, SERVED }

    /**
     * Applies one event of the service's feed, in a transaction of its own (one bad event never holds the
     * others back; the feed read again after an interruption finds its events recorded). {@code type} is the
     * service's name of the event; the message is found by our external id, else the service's message id.
     */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Applied apply(String type, Instant occurredAt, String externalId, Long messageId) {
        DeliveryEventType event = EVENT_TYPES.get(type);
        if (event == null || occurredAt == null) {
            return Applied.IGNORED;
        }
        Optional<ElectronicDelivery> found = findDelivery(externalId, messageId);
        if (found.isEmpty()) {
            return Applied.UNKNOWN_MESSAGE;
        }
        Measure m = em.find(Measure.class, found.get().measure().id(), LockModeType.PESSIMISTIC_WRITE);
        ElectronicDelivery d = found.get();
        String before = m.auditSummary();
        LocalDate on = occurredAt.atZone(ClockProducer.FINLAND).toLocalDate();
        Measure.DeliveryOutcome outcome = m.recordDeliveryEvent(d, event, occurredAt, on, LocalDate.now(clock),
                clock.instant(), decisionSettings.minWorkingDaysToComply());
        if (!outcome.recorded()) {
            return Applied.DUPLICATE;
        }
        em.flush();
        audit.recordChange(AuditedType.MEASURE, m.id(), "DELIVERY_" + event.name(), null,
                "Suomi.fi " + d.summary() + ", event at " + occurredAt);
        if (event == DeliveryEventType.PAPER_CREATED) {
            // HL 59 §, 60 §: by letter the service is the letter's (ServiceRules.byLetter)
            audit.recordChange(AuditedType.MEASURE, m.id(), "SERVICE_BY_LETTER", null, "no Suomi.fi mailbox: printed and mailed to "
                    + d.postalAddress() + " as " + (d.letterVerifiable() ? "a letter against a receipt (HL 60 §)"
                    : "an ordinary letter (HL 59 §): record its date of arrival as the service"));
        }
        if (outcome.notRecordedAsService() != null) {
            audit.recordChange(AuditedType.MEASURE, m.id(), "RECEIPT_NOT_RECORDED_AS_SERVICE", null,
                    "received " + d.receivedOn().orElse(null) + ": " + outcome.notRecordedAsService());
        }
        if (outcome.servedBy() != null) {
            audit.recordChange(m, "SERVED", before);
            measures.startFollowUpOfServed(m.id());
            return Applied.SERVED;
        }
        return Applied.RECORDED;
    }

    /** Where the reading of an event feed stands: the continuation token to read on from (none: the start). */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.ADMIN_NAME})
    public Optional<String> feedPosition(String feed) {
        return em.createNativeQuery("SELECT continuation_token FROM event_feed_cursor WHERE feed = ?1")
                .setParameter(1, feed).getResultStream().findFirst().map(t -> (String) t);
    }

    /** The feed was read up to {@code token}; kept at once, whatever the rest of the read does. */
    @RolesAllowed({Role.INSPECTOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void moveFeedPosition(String feed, String token) {
        int updated = em.createNativeQuery("UPDATE event_feed_cursor SET continuation_token = ?1, polled_at = ?2 WHERE feed = ?3")
                .setParameter(1, token).setParameter(2, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .setParameter(3, feed).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO event_feed_cursor (feed, continuation_token, polled_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, feed).setParameter(2, token)
                    .setParameter(3, clock.instant().atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
        }
    }

    private Optional<ElectronicDelivery> findDelivery(String externalId, Long messageId) {
        if (externalId != null && !externalId.isBlank()) {
            Optional<ElectronicDelivery> d = em.createQuery("SELECT d FROM ElectronicDelivery d WHERE d.externalId = :x",
                    ElectronicDelivery.class).setParameter("x", externalId).getResultStream().findFirst();
            if (d.isPresent()) {
                return d;
            }
        }
        if (messageId != null) {
            return em.createQuery("SELECT d FROM ElectronicDelivery d WHERE d.messageId = :m", ElectronicDelivery.class)
                    .setParameter("m", messageId).getResultStream().findFirst();
        }
        return Optional.empty();
    }

    /** The message: the decision PDF with its attachments, a title and a short text in the document's language. */
    private SuomiFiClient.Letter letter(Measure m, ElectronicDelivery d, DecisionDocument doc) {
        ResourceBundle t = ResourceBundle.getBundle(TEMPLATES, Locale.forLanguageTag(d.language().code()),
                ElectronicService.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String caseNumber = m.measureCase().caseNumber();
        String title = MessageFormat.format(t.getString("suomifi.title"), t.getString("type." + m.type()), caseNumber);
        String body = MessageFormat.format(t.getString(m.appealKind().allowsAppeal() ? "suomifi.body.appealable"
                : "suomifi.body"), caseNumber, doc.agency());
        PostalAddress a = d.postalAddress();
        SuomiFiApi.Address address = new SuomiFiApi.Address(d.recipientName(), null, a.streetAddress(), a.postalCode(),
                a.postOffice(), "FI");
        String fileName = t.getString("suomifi.file") + "-" + caseNumber.replace('/', '-') + "-" + d.language().code() + ".pdf";
        return new SuomiFiClient.Letter(d.externalId(), d.recipientId(), address, title, body, fileName,
                DecisionDocuments.render(doc), d.electronicVerifiable(), d.letterVerifiable());
    }

    /** The service's refusal as the caller sees it; the transaction rolls back with it. */
    static BusinessException refusal(SuomiFiException e) {
        if (e.isTransient()) {
            return new UnavailableException("suomifi.unavailable", "Suomi.fi Messages did not answer ("
                    + e.getMessage() + "); nothing was sent or recorded: try again later", e);
        }
        if (e.status() == 401 || e.status() == 403) {
            return new UnavailableException("suomifi.credentials-refused", "Suomi.fi Messages refused the agency's "
                    + "credentials (" + e.getMessage() + "); nothing was sent: check valvonta.suomifi.username and password", e);
        }
        return new RuleViolationException("suomifi.message-refused", null,
                "Suomi.fi Messages refused the message; nothing was sent: " + e.getMessage());
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}
