package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.AgencySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;

/**
 * The agency's names and case-number prefixes from MicroProfile Config (system properties or
 * environment, e.g. VALVONTA_AGENCY_PREFIX), defaulting to Lupa- ja valvontavirasto / LVV.
 */
@ApplicationScoped
public class AgencyConfiguration {

    private static final AgencySettings DEFAULTS = AgencySettings.defaults();

    @Inject
    @ConfigProperty(name = "valvonta.agency.name.fi", defaultValue = "Lupa- ja valvontavirasto")
    String nameFi;

    @Inject
    @ConfigProperty(name = "valvonta.agency.name.sv", defaultValue = "Tillstånds- och tillsynsverket")
    String nameSv;

    @Inject
    @ConfigProperty(name = "valvonta.agency.name.en", defaultValue = "Finnish Permit and Supervision Agency")
    String nameEn;

    @Inject
    @ConfigProperty(name = "valvonta.agency.prefix", defaultValue = "LVV")
    String prefix;

    @Inject
    @ConfigProperty(name = "valvonta.agency.predecessor-prefix", defaultValue = "LSSAVI")
    String predecessorPrefix;

    @Inject
    @ConfigProperty(name = "valvonta.agency.succession-date", defaultValue = "2026-01-01")
    String successionDate;

    // pseudo-scope: a record (final) cannot be proxied by a normal scope
    @Produces
    @Singleton
    AgencySettings agencySettings() {
        return new AgencySettings(nameFi, nameSv, nameEn, prefix, predecessorPrefix, LocalDate.parse(successionDate));
    }

    static AgencySettings defaults() {
        return DEFAULTS;
    }
}
