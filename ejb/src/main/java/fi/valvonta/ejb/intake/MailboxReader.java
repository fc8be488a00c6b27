package fi.valvonta.ejb.intake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over the mailbox: every unseen message is read and handed to the importer; a message the
 * importer has taken (or had taken before) is flagged seen and, where configured, moved to the processed
 * folder. A message the importer fails on stays unseen and is tried again at the next pass.
 */
public final class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());

    private final MailboxSettings.Mailbox mailbox;

    public MailboxReader(MailboxSettings.Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** What one pass did. */
    public record Pass(int read, int imported, int duplicates, int failed) {
    }

    /** Outcome of handing one message to the importer. */
    public enum Outcome { IMPORTED, DUPLICATE }

    /**
     * Reads the unseen messages. {@code importer} stores one message (in its own transaction) and says
     * whether it was new; it throws when it could not store it.
     */
    public Pass readUnseen(Importer importer) throws MessagingException {
        Session session = Session.getInstance(mailbox.sessionProperties());
        int read = 0;
        int imported = 0;
        int duplicates = 0;
        int failed = 0;
        try (Store store = session.getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            Folder inbox = store.getFolder(mailbox.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                Message[] unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                Folder processed = processedFolder(store);
                for (Message message : unseen) {
                    read++;
                    try {
                        FetchedMessage fetched = MessageParser.parse((MimeMessage) message);
                        Outcome outcome = importer.store(fetched);
                        if (outcome == Outcome.IMPORTED) {
                            imported++;
                        } else {
                            duplicates++;
                        }
                        message.setFlag(Flags.Flag.SEEN, true);
                        if (processed != null) {
                            inbox.copyMessages(new Message[] {message}, processed);
                            message.setFlag(Flags.Flag.DELETED, true);
                        }
                    } catch (MessagingException | RuntimeException e) {
                        failed++;
                        // reading the content flagged it seen: unflag, so the next pass tries it again
                        unflag(message);
                        LOG.log(Level.WARNING, "message " + message.getMessageNumber() + " of " + mailbox
                                + " not imported; it stays unseen for the next pass", e);
                    }
                }
            } finally {
                // expunge: the moved messages leave the inbox
                inbox.close(true);
            }
        }
        return new Pass(read, imported, duplicates, failed);
    }

    private static void unflag(Message message) {
        try {
            message.setFlag(Flags.Flag.SEEN, false);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "could not unflag message " + message.getMessageNumber(), e);
        }
    }

    private Folder processedFolder(Store store) throws MessagingException {
        if (mailbox.processedFolder().isBlank()) {
            return null;
        }
        Folder folder = store.getFolder(mailbox.processedFolder());
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    /** Stores one fetched message; {@link Outcome#DUPLICATE} when its Message-ID was imported before. */
    @FunctionalInterface
    public interface Importer {
        Outcome store(FetchedMessage message);
    }
}
