package fi.valvonta.ejb.suomifi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The agency's Suomi.fi Messages account (MicroProfile Config; secrets best from the environment,
 * {@code VALVONTA_SUOMIFI_PASSWORD}, {@code VALVONTA_SUOMIFI_PRINTING_PASSWORD}). Off by default.
 */
@ApplicationScoped
public class SuomiFiSettings {

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.enabled", defaultValue = "false")
    boolean enabled;

    /** The service's address; the QA environment is https://api.messages-qa.suomi.fi. */
    @Inject
    @ConfigProperty(name = "valvonta.suomifi.url", defaultValue = "https://api.messages.suomi.fi")
    String url;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.password")
    Optional<String> password;

    /** The sending service's identifier, given when the agency joined the service. */
    @Inject
    @ConfigProperty(name = "valvonta.suomifi.service-id")
    Optional<String> serviceId;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.printing.username")
    Optional<String> printingUsername;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.printing.password")
    Optional<String> printingPassword;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.printing.contact-email")
    Optional<String> printingContactEmail;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.sender.name", defaultValue = "Lupa- ja valvontavirasto")
    String senderName;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.sender.street-address", defaultValue = "PL 1")
    String senderStreet;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.sender.zip-code", defaultValue = "00000")
    String senderZip;

    @Inject
    @ConfigProperty(name = "valvonta.suomifi.sender.city", defaultValue = "HELSINKI")
    String senderCity;

    /** How often the event feed is read for deliveries and receipts (when timers are on). */
    @Inject
    @ConfigProperty(name = "valvonta.suomifi.poll-minutes", defaultValue = "15")
    int pollMinutes;

    /** The purpose the disclosure log names for a decision sent (tiedonhallintalaki 17 §). */
    @Inject
    @ConfigProperty(name = "valvonta.suomifi.disclosure-purpose", defaultValue = "päätöksen tiedoksianto")
    String disclosurePurpose;

    public boolean enabled() {
        return enabled;
    }

    public int pollMinutes() {
        return Math.max(1, pollMinutes);
    }

    public String disclosurePurpose() {
        return disclosurePurpose;
    }

    public Account account() {
        return new Account(URI.create(url.endsWith("/") ? url : url + "/"), username.orElse(""), password.orElse(""),
                serviceId.orElse(""), printingUsername.orElse(""), printingPassword.orElse(""),
                printingContactEmail.orElse(""),
                new SuomiFiApi.Address(senderName, null, senderStreet, senderZip, senderCity, "FI"));
    }

    /** Everything the client needs; {@link #toString()} leaves the secrets out. */
    public record Account(URI base, String username, String password, String serviceId, String printingUsername,
                          String printingPassword, String printingContactEmail, SuomiFiApi.Address sender) {

        @Override
        public String toString() {
            return username + "@" + base + " (service " + serviceId + ")";
        }
    }
}
