package fi.valvonta.it.support;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The test environment's mail server: GreenMail, embedded, speaking IMAP on {@code it.imap.port} (the test
 * server polls the complaints mailbox {@value #MAILBOX} there) and SMTP on {@code it.smtp.port} (the test
 * server sends its notifications there); see arquillian.xml. It runs for the whole test session
 * ({@link MailServerSession}), like a real mail server runs whether or not a test looks at it.
 */
public final class MailServer implements AutoCloseable {

    private static volatile MailServer instance;

    public static final String MAILBOX = "kantelut@valvonta.test";

    private final GreenMail mail;
    private final GreenMailUser user;

    private MailServer() {
        int imap = Integer.parseInt(System.getProperty("it.imap.port", "3143"));
        int smtp = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
        mail.start();
        user = mail.setUser(MAILBOX, "kantelut", "kantelut-it");
    }

    static synchronized void startForSession() {
        if (instance == null) {
            instance = new MailServer();
        }
    }

    static synchronized void stopForSession() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    /** The session's mail server. */
    public static MailServer get() {
        MailServer m = instance;
        if (m == null) {
            throw new IllegalStateException("no mail server: MailServerSession starts it with the test session");
        }
        return m;
    }

    /** The messages the test server sent to {@code address}, waiting up to {@code seconds} for at least one. */
    public java.util.List<MimeMessage> sentTo(String address, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            java.util.List<MimeMessage> found = new java.util.ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                jakarta.mail.Address[] to = m.getRecipients(jakarta.mail.Message.RecipientType.TO);
                if (to != null && java.util.Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    found.add(m);
                }
            }
            if (!found.isEmpty() || System.nanoTime() > until) {
                return found;
            }
            Thread.sleep(200);
        }
    }

    public void deliver(MimeMessage message) {
        user.deliver(message);
    }

    /** Delivers a message given as raw RFC 5322 text (lines joined with LF; sent with CRLF). */
    public void deliverRaw(String text) throws Exception {
        deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII))));
    }

    /** A complaint by e-mail from Liisa Laine, with a text body and one PDF file, liite.pdf. */
    public static MimeMessage complaintMail(String messageId, String subject, String body) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("liisa.laine@example.fi", "Liisa Laine", "UTF-8"));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, MAILBOX);
        m.setSubject(subject, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent("%PDF-1.4\n%intake\n".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        file.setFileName("liite.pdf");
        MimeMultipart multipart = new MimeMultipart();
        multipart.addBodyPart(text);
        multipart.addBodyPart(file);
        m.setContent(multipart);
        m.saveChanges();
        m.setHeader("Message-ID", messageId);
        return m;
    }

    @Override
    public void close() {
        mail.stop();
    }
}
