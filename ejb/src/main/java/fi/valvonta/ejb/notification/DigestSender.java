package fi.valvonta.ejb.notification;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.complaint.ComplaintSettings;
import fi.valvonta.ejb.platform.JobLease;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintHearing;
import fi.valvonta.model.measure.FollowUp;
import fi.valvonta.model.measure.Measure;
import fi.valvonta.model.measure.MeasureState;
import fi.valvonta.model.notification.DeadlineDigest;
import fi.valvonta.model.notification.Notification;
import fi.valvonta.model.notification.NotificationKind;
import fi.valvonta.model.platform.AgencySettings;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.FinnishCalendar;
import fi.valvonta.model.platform.JobRun;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.security.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps of the daily digest of deadlines ({@link DeadlineDigestJob}), each in a transaction of its own:
 * the day is claimed first (so a day is never sent twice, whatever happens later), then each official's digest
 * is composed from their cases, sent, and the attempt recorded with its status and in the audit trail.
 */
@Stateless
@PermitAll
public class DigestSender {

    private static final Logger LOG = Logger.getLogger(DigestSender.class.getName());

    /** The job's name in {@link JobRun} and the prefix of its rule codes. */
    public static final String JOB = "notification.deadline-digest";

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @Inject
    private MailSettings mail;

    @Inject
    private ComplaintSettings complaintSettings;

    @Inject
    private AgencySettings agency;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private JobLease lease;

    /** What one official's digest came to. */
    public enum Outcome { SENT, FAILED, NOTHING_DUE }

    /** The last day a digest went out for. */
    public Optional<LocalDate> lastRun() {
        return Optional.ofNullable(em.find(JobRun.class, JOB)).flatMap(JobRun::lastDay);
    }

    /**
     * Claims {@code day} for the digest, committed before anything is sent: a day to come or before the last
     * run is refused ({@link JobRun#checkDay}), and a day already sent is refused with 409
     * {@code notification.deadline-digest-already-sent}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claim(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        JobRun run = lease.getLocked(JOB);
        JobRun.checkDay(JOB, day, today, run.lastDay().orElse(null), "day");
        if (run.lastDay().filter(day::equals).isPresent()) {
            throw new ConflictException("notification.deadline-digest-already-sent",
                    "The digest of " + day + " has been sent; a day is sent once");
        }
        run.ranFor(day, clock.instant());
    }

    /** The active officials who gave an e-mail address: those a digest can go to. */
    public List<String> recipients() {
        return em.createQuery("SELECT u.username FROM AppUser u WHERE u.active = TRUE AND u.email IS NOT NULL "
                + "ORDER BY u.username", String.class).getResultList();
    }

    /** Composes and sends the digest of {@code username} for {@code day}; nothing is sent when nothing is due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome send(String username, LocalDate day) {
        AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
        if (user.email().isEmpty() || !user.isActive()) {
            return Outcome.NOTHING_DUE;
        }
        DeadlineDigest digest = digestOf(username, user.language(), day);
        if (digest.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        MailSender.Mail message = DigestText.of(user.email().get(), user.language(), digest, agency.nameIn(user.language()));
        Instant now = clock.instant();
        Notification record;
        try {
            new MailSender(mail.server()).send(message, now);
            record = Notification.sentToUser(NotificationKind.DEADLINE_DIGEST, username, message.to(), message.subject(), now);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline digest of " + username + " not sent through " + mail.server(), e);
            record = Notification.failedToUser(NotificationKind.DEADLINE_DIGEST, username, message.to(), message.subject(),
                    now, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        em.persist(record);
        em.flush();
        audit.recordChange(record, record.status().name(), null);
        return record.status() == fi.valvonta.model.notification.DeliveryStatus.SENT ? Outcome.SENT : Outcome.FAILED;
    }

    /**
     * The official's reminders as of {@code day}: their running complaints (assignee) overdue or due within
     * the due-soon working days, statements awaited past their deadline on them; hearings of the measures they
     * present (or drafted) awaited past their deadline, and the follow-ups of those measures that are due.
     */
    DeadlineDigest digestOf(String username, Language language, LocalDate day) {
        LocalDate soon = FinnishCalendar.addWorkingDays(day, complaintSettings.dueSoonWorkingDays());
        List<DeadlineDigest.Item> items = new ArrayList<>();
        List<Complaint> running = em.createQuery("SELECT c FROM Complaint c WHERE c.assignee = :u "
                + "AND c.nextDeadline IS NOT NULL ORDER BY c.id", Complaint.class).setParameter("u", username).getResultList();
        for (Complaint c : running) {
            String number = c.caseNumber().toString();
            String title = c.entity().nameIn(language);
            DeadlineDigest.complaintDeadline(number, title, c.nextDeadline().orElse(null), day, soon).ifPresent(items::add);
            for (ComplaintHearing h : c.hearings()) {
                DeadlineDigest.awaitedPastDeadline(DeadlineDigest.Kind.STATEMENT_OVERDUE, number, title, h.deadline(),
                        h.answeredOn().isPresent(), day).ifPresent(items::add);
            }
        }
        List<Measure> heard = em.createQuery("SELECT m FROM Measure m WHERE (m.presenter = :u OR (m.presenter IS NULL "
                        + "AND m.draftedBy = :u)) AND m.state IN :s AND m.hearingRequestedOn IS NOT NULL "
                        + "AND m.hearingRespondedOn IS NULL ORDER BY m.id", Measure.class)
                .setParameter("u", username).setParameter("s", List.of(MeasureState.DRAFT, MeasureState.PROPOSED))
                .getResultList();
        for (Measure m : heard) {
            m.hearing().ifPresent(h -> DeadlineDigest.awaitedPastDeadline(DeadlineDigest.Kind.MEASURE_HEARING_OVERDUE,
                    m.measureCase().caseNumber(), m.measureCase().subject(), h.deadline(), false, day).ifPresent(items::add));
        }
        List<FollowUp> due = em.createQuery("SELECT f FROM FollowUp f WHERE f.state = :s AND (f.measure.presenter = :u "
                        + "OR (f.measure.presenter IS NULL AND f.measure.draftedBy = :u)) ORDER BY f.dueOn, f.id", FollowUp.class)
                .setParameter("s", FollowUp.State.DUE).setParameter("u", username).getResultList();
        for (FollowUp f : due) {
            items.add(new DeadlineDigest.Item(DeadlineDigest.Kind.FOLLOW_UP_DUE, f.measure().measureCase().caseNumber(),
                    f.measure().measureCase().subject(), f.dueOn()));
        }
        return new DeadlineDigest(day, items);
    }
}
