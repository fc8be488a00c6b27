package fi.valvonta.ejb.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * The outgoing mail server (MicroProfile Config; the password best from the environment,
 * {@code VALVONTA_MAIL_SMTP_PASSWORD}). Off by default: nothing is sent until it is switched on.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "valvonta.mail.smtp.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "valvonta.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "valvonta.mail.smtp.port", defaultValue = "587")
    int port;

    /** STARTTLS, required when on (submission port 587); false only for a relay on a trusted link. */
    @Inject
    @ConfigProperty(name = "valvonta.mail.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "valvonta.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "valvonta.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "valvonta.mail.from", defaultValue = "kirjaamo@valvonta.invalid")
    String from;

    public boolean enabled() {
        return enabled;
    }

    public Server server() {
        return new Server(host, port, starttls, user.orElse(""), password.orElse(""), from);
    }

    /** Where and as whom to send. */
    public record Server(String host, int port, boolean starttls, String user, String password, String from) {

        Properties sessionProperties() {
            Properties p = new Properties();
            p.setProperty("mail.smtp.host", host);
            p.setProperty("mail.smtp.port", String.valueOf(port));
            p.setProperty("mail.smtp.connectiontimeout", "10000");
            p.setProperty("mail.smtp.timeout", "30000");
            p.setProperty("mail.smtp.auth", String.valueOf(!user.isBlank()));
            if (starttls) {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            return p;
        }

        @Override
        public String toString() {
            // never the password
            return "smtp://" + user + "@" + host + ":" + port;
        }
    }
}
