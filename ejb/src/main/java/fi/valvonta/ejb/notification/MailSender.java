package fi.valvonta.ejb.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Sends one plain-text message through the configured SMTP server. */
public final class MailSender {

    private final MailSettings.Server server;

    public MailSender(MailSettings.Server server) {
        this.server = server;
    }

    /** A message: recipient, subject and text. */
    public record Mail(String to, String subject, String text) {
    }

    public void send(Mail mail, Instant at) throws MessagingException {
        Session session = Session.getInstance(server.sessionProperties());
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(server.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(mail.text(), StandardCharsets.UTF_8.name());
        m.setSentDate(Date.from(at));
        if (server.user().isBlank()) {
            Transport.send(m);
        } else {
            Transport.send(m, server.user(), server.password());
        }
    }
}
