package fi.valvonta.ejb.intake;

import fi.valvonta.ejb.platform.Timers;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.UnavailableException;
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
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the complaints mailbox every few minutes when the intake is switched on; registrars and
 * administrators can also fetch now. One pass at a time.
 */
@Singleton
@Startup
@PermitAll
public class MailboxPoll {

    private static final Logger LOG = Logger.getLogger(MailboxPoll.class.getName());

    @Inject
    private MailboxSettings settings;

    @Inject
    private IntakeImporter importer;

    @Inject
    private Timers timers;

    @Resource
    private TimerService timerService;

    @PostConstruct
    void schedule() {
        if (settings.enabled()) {
            timers.every(timerService, settings.pollMinutes(), "complaints mailbox");
        }
    }

    @Timeout
    @Lock(LockType.WRITE)
    void onTimer() {
        try {
            MailboxReader.Pass pass = pass();
            if (pass.read() > 0) {
                LOG.info(() -> "Complaints mailbox: " + pass);
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Complaints mailbox " + settings.mailbox() + " not reachable; next try at the next poll", e);
        }
    }

    /** Fetches the mailbox now; 409 when the intake is switched off. */
    @RolesAllowed({Role.REGISTRAR_NAME, Role.ADMIN_NAME})
    @Lock(LockType.WRITE)
    public MailboxReader.Pass now() {
        if (!settings.enabled()) {
            throw new ConflictException("intake.mailbox-off", "the e-mail intake is switched off (valvonta.intake.imap.enabled)");
        }
        try {
            return pass();
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Complaints mailbox " + settings.mailbox() + " not reachable", e);
            throw new UnavailableException("intake.mailbox-unreachable", "the complaints mailbox could not be reached", e);
        }
    }

    private MailboxReader.Pass pass() throws MessagingException {
        return new MailboxReader(settings.mailbox()).readUnseen(importer::store);
    }
}
