package fi.valvonta.ejb.notification;

import fi.valvonta.ejb.platform.Timers;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily digest of deadlines by e-mail (SMTP; off with it, {@code valvonta.mail.smtp.enabled}): every
 * morning (Finnish time) each active official with an e-mail address gets the deadlines of their cases that
 * are due ({@link DigestSender}). The day is recorded in {@code job_run} before the first mail goes, so a day
 * is sent once: a morning the server was down is not sent late, and a restart never sends it again. An
 * administrator may run it now, for today or for a day missed since the last run.
 */
@Singleton
@Startup
@PermitAll
public class DeadlineDigestJob {

    private static final Logger LOG = Logger.getLogger(DeadlineDigestJob.class.getName());

    @Inject
    private DigestSender sender;

    @Inject
    private MailSettings mail;

    @Inject
    private Timers timers;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timerService;

    /** How one run went: the day, the officials with an address, and what their digests came to. */
    public record Run(LocalDate day, int recipients, int sent, int failed, int nothingDue) {
    }

    @PostConstruct
    void schedule() {
        if (mail.enabled()) {
            timers.daily(timerService, 7, 0, "deadline digest");
        }
    }

    @Timeout
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        daily();
    }

    /** The morning run: today's digest, unless it has gone already. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        LocalDate today = LocalDate.now(clock);
        if (!mail.enabled() || sender.lastRun().filter(last -> !last.isBefore(today)).isPresent()) {
            return;
        }
        Run run = run(today);
        LOG.info(() -> "Deadline digest " + run);
    }

    /**
     * Runs the digest for {@code day} now (administrators): today, or a day missed since the last run; 409 when
     * mail is switched off or the day has been sent, 422 for a day to come or before the last run.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run runFor(LocalDate day) {
        if (!mail.enabled()) {
            throw new ConflictException("notification.mail-off", "e-mail notifications are switched off (valvonta.mail.smtp.enabled)");
        }
        return run(day);
    }

    private Run run(LocalDate day) {
        sender.claim(day);
        int sent = 0;
        int failed = 0;
        int nothing = 0;
        var recipients = sender.recipients();
        for (String username : recipients) {
            switch (sender.send(username, day)) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case NOTHING_DUE -> nothing++;
            }
        }
        return new Run(day, recipients.size(), sent, failed, nothing);
    }
}
