package fi.valvonta.ejb.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * The complaints mailbox (MicroProfile Config: system properties or environment, e.g.
 * {@code VALVONTA_INTAKE_IMAP_PASSWORD}). Off by default: nothing is fetched until it is switched on.
 */
@ApplicationScoped
public class MailboxSettings {

    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.port", defaultValue = "993")
    int port;

    /** IMAPS (TLS from the start); false means plain IMAP, for a server on the same host or in tests. */
    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.folder", defaultValue = "INBOX")
    String folder;

    /** Where an imported message is moved; empty keeps it in the folder, flagged as seen. */
    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.processed-folder")
    Optional<String> processedFolder;

    /** Minutes between polls when the scheduled jobs run. */
    @Inject
    @ConfigProperty(name = "valvonta.intake.imap.poll-minutes", defaultValue = "5")
    int pollMinutes;

    public boolean enabled() {
        return enabled;
    }

    public int pollMinutes() {
        return Math.max(1, pollMinutes);
    }

    public Mailbox mailbox() {
        return new Mailbox(host, port, ssl, user.orElse(""), password.orElse(""), folder, processedFolder.orElse(""));
    }

    /** Where and how to fetch: the connection the reader opens. */
    public record Mailbox(String host, int port, boolean ssl, String user, String password, String folder,
                          String processedFolder) {

        String protocol() {
            return ssl ? "imaps" : "imap";
        }

        Properties sessionProperties() {
            Properties p = new Properties();
            String prefix = "mail." + protocol() + ".";
            p.setProperty(prefix + "host", host);
            p.setProperty(prefix + "port", String.valueOf(port));
            p.setProperty(prefix + "connectiontimeout", "10000");
            p.setProperty(prefix + "timeout", "30000");
            if (ssl) {
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            return p;
        }

        @Override
        public String toString() {
            // never the password
            return protocol() + "://" + user + "@" + host + ":" + port + "/" + folder;
        }
    }
}
