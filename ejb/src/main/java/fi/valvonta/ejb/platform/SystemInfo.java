package fi.valvonta.ejb.platform;

/** What an administrator needs to know about the running system. */
public record SystemInfo(String persistenceProvider, String entityManagerDelegate, String database,
                         String schemaVersion, boolean demoMode, String agencyNameFi, String casePrefix) {
}
