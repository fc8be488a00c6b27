package fi.valvonta.ejb.intake;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mailbox reader against a real IMAP server (GreenMail, embedded, on a free port). */
class MailboxReaderTest {

    private static final String ADDRESS = "kantelut@valvonta.test";

    private GreenMail mail;
    private GreenMailUser user;
    private final List<FetchedMessage> stored = new ArrayList<>();
    private final Set<String> seenIds = new HashSet<>();

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        user = mail.setUser(ADDRESS, "kantelut", "salainen");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private MailboxReader reader(String processedFolder) {
        int port = mail.getImap().getPort();
        return new MailboxReader(new MailboxSettings.Mailbox("127.0.0.1", port, false, "kantelut", "salainen",
                "INBOX", processedFolder));
    }

    private MailboxReader.Importer importer() {
        return m -> {
            if (!seenIds.add(m.messageId())) {
                return MailboxReader.Outcome.DUPLICATE;
            }
            stored.add(m);
            return MailboxReader.Outcome.IMPORTED;
        };
    }

    private static MimeMessage withAttachment(String id) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("maija.meikalainen@example.fi", "Maija Meikäläinen", "UTF-8"));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, ADDRESS);
        m.setSubject("Kantelu: työllisyysalueen asiointi", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Asiointini kohdeltiin epäasiallisesti 3.11.2026.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'}, "application/pdf");
        file.setFileName("päätös.pdf");
        MimeMultipart multipart = new MimeMultipart();
        multipart.addBodyPart(text);
        multipart.addBodyPart(file);
        m.setContent(multipart);
        m.saveChanges();
        m.setHeader("Message-ID", id);
        return m;
    }

    @Test
    void aMessageWithAnAttachmentIsReadWhole() throws Exception {
        user.deliver(withAttachment("<kantelu-1@example.fi>"));

        MailboxReader.Pass pass = reader("").readUnseen(importer());

        assertEquals(new MailboxReader.Pass(1, 1, 0, 0), pass);
        FetchedMessage m = stored.get(0);
        assertEquals("<kantelu-1@example.fi>", m.messageId());
        assertEquals("maija.meikalainen@example.fi", m.senderAddress());
        assertEquals("Maija Meikäläinen", m.senderName());
        assertEquals("Kantelu: työllisyysalueen asiointi", m.subject());
        assertEquals("Asiointini kohdeltiin epäasiallisesti 3.11.2026.", m.body());
        assertNull(m.problem());
        assertNotNull(m.arrivedAt());
        assertEquals(1, m.attachments().size());
        assertEquals("päätös.pdf", m.attachments().get(0).fileName());
        assertEquals("application/pdf", m.attachments().get(0).contentType());
        assertArrayEquals("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), m.attachments().get(0).content());
    }

    @Test
    void aReadMessageIsNotReadAgainAndADuplicateIsNotImportedTwice() throws Exception {
        user.deliver(withAttachment("<kantelu-2@example.fi>"));
        assertEquals(new MailboxReader.Pass(1, 1, 0, 0), reader("").readUnseen(importer()));
        // flagged seen: the next pass reads nothing
        assertEquals(new MailboxReader.Pass(0, 0, 0, 0), reader("").readUnseen(importer()));

        // the same message arrives again (a resend, a copy): read, but not imported twice
        user.deliver(withAttachment("<kantelu-2@example.fi>"));
        assertEquals(new MailboxReader.Pass(1, 0, 1, 0), reader("").readUnseen(importer()));
        assertEquals(1, stored.size());
    }

    @Test
    void aProcessedMessageIsMovedWhenAFolderIsConfigured() throws Exception {
        user.deliver(withAttachment("<kantelu-3@example.fi>"));
        reader("Kasitellyt").readUnseen(importer());

        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "kantelut", "salainen");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(0, inbox.getMessageCount());
            Folder processed = store.getFolder("Kasitellyt");
            processed.open(Folder.READ_ONLY);
            assertEquals(1, processed.getMessageCount());
            assertTrue(processed.getMessage(1).isSet(Flags.Flag.SEEN));
        }
    }

    @Test
    void aMalformedMessageStillReachesTheRegistrarWithItsProblemNamed() throws Exception {
        // a multipart message whose boundary never appears, and no Message-ID
        String raw = """
                From: someone@example.fi
                To: kantelut@valvonta.test
                Subject: rikki
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="NOT-THERE"

                this text has no parts at all
                """.replace("\n", "\r\n");
        user.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));

        MailboxReader.Pass pass = reader("").readUnseen(importer());

        assertEquals(1, pass.imported());
        FetchedMessage m = stored.get(0);
        assertTrue(m.messageId().startsWith("sha256:"), m.messageId());
        assertTrue(m.problem().contains("no-message-id"), m.problem());
        assertEquals("someone@example.fi", m.senderAddress());
    }

    @Test
    void aMessageTheImporterFailsOnStaysUnseenForTheNextPass() throws Exception {
        user.deliver(withAttachment("<kantelu-4@example.fi>"));
        MailboxReader.Pass failing = reader("").readUnseen(m -> {
            throw new IllegalStateException("database down");
        });
        assertEquals(new MailboxReader.Pass(1, 0, 0, 1), failing);

        assertEquals(new MailboxReader.Pass(1, 1, 0, 0), reader("").readUnseen(importer()));
    }

    @Test
    void anHtmlOnlyBodyIsReducedToItsText() {
        assertEquals("Hei\n\nTeksti & muuta", MessageParser.htmlToText(
                "<html><style>p{}</style><p>Hei</p><p>Teksti &amp; <b>muuta</b></p></html>"));
    }
}
