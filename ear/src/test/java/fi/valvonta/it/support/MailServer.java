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
 * A real IMAP server (GreenMail, embedded) on the port the test server's complaints mailbox is set to
 * ({@code it.imap.port}, see arquillian.xml), holding the mailbox {@value #MAILBOX}. One test class runs
 * it at a time: start it before the class, stop it after.
 */
public final class MailServer implements AutoCloseable {

    public static final String MAILBOX = "kantelut@valvonta.test";

    private final GreenMail mail;
    private final GreenMailUser user;

    private MailServer() {
        int port = Integer.parseInt(System.getProperty("it.imap.port", "3143"));
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        user = mail.setUser(MAILBOX, "kantelut", "kantelut-it");
    }

    public static MailServer start() {
        return new MailServer();
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
