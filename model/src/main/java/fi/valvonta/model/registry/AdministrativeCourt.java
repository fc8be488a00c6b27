package fi.valvonta.model.registry;

import fi.valvonta.model.platform.Language;

/**
 * The six regional administrative courts of mainland Finland (hallinto-oikeuslaki 430/1999): each
 * {@link Region} lies in one court's circuit. Which court is competent for an appeal against a measure is
 * {@code fi.valvonta.model.measure.AdministrativeCourts}; contact details are configuration.
 */
public enum AdministrativeCourt {
    HELSINKI("Helsingin hallinto-oikeus", "Helsingfors förvaltningsdomstol"),
    HAMEENLINNA("Hämeenlinnan hallinto-oikeus", "Tavastehus förvaltningsdomstol"),
    ITA_SUOMI("Itä-Suomen hallinto-oikeus", "Östra Finlands förvaltningsdomstol"),
    POHJOIS_SUOMI("Pohjois-Suomen hallinto-oikeus", "Norra Finlands förvaltningsdomstol"),
    TURKU("Turun hallinto-oikeus", "Åbo förvaltningsdomstol"),
    VAASA("Vaasan hallinto-oikeus", "Vasa förvaltningsdomstol");

    private final String nameFi;
    private final String nameSv;

    AdministrativeCourt(String nameFi, String nameSv) {
        this.nameFi = nameFi;
        this.nameSv = nameSv;
    }

    public String nameIn(Language language) {
        return language == Language.SV ? nameSv : nameFi;
    }

    /** The configuration key of the court: lower case, e.g. {@code ita-suomi}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
