package fi.valvonta.ejb.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Configuration of the disclosure log (tiedonhallintalaki 906/2019 17 §). */
@ApplicationScoped
public class DisclosureSettings {

    /** Users that are other systems: every API read of personal data by them is a disclosure. */
    @Inject
    @ConfigProperty(name = "valvonta.disclosure.integration-accounts", defaultValue = " ")
    String integrationAccounts;

    /** The purpose recorded when a user downloads a document without naming one. */
    @Inject
    @ConfigProperty(name = "valvonta.disclosure.default-purpose", defaultValue = "asian käsittely")
    String defaultPurpose;

    /** The purpose recorded for an integration account's reads (the one its disclosure agreement names). */
    @Inject
    @ConfigProperty(name = "valvonta.disclosure.integration-purpose", defaultValue = "rajapintaluovutus")
    String integrationPurpose;

    public Set<String> integrationAccounts() {
        return Arrays.stream(integrationAccounts.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String defaultPurpose() {
        return defaultPurpose;
    }

    public String integrationPurpose() {
        return integrationPurpose;
    }
}
