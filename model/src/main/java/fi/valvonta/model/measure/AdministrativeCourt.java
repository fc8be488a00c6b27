package fi.valvonta.model.measure;

import fi.valvonta.model.platform.Language;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six regional administrative courts of mainland Finland (hallinto-oikeuslaki 430/1999). Which is
 * competent for an entity is {@link AdministrativeCourts}; contact details are configuration.
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

    static Optional<AdministrativeCourt> byFinnishName(String nameFi) {
        return Arrays.stream(values()).filter(c -> c.nameFi.equals(nameFi)).findFirst();
    }
}
