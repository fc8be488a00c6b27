package fi.valvonta.ejb.registry;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.Region;
import fi.valvonta.model.registry.SupervisionPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A municipality as listed in the registry (UI and API): code, region and its court, the pilot area it was
 * in (if any), its own supervision (pilot municipalities only: {@code regime} null otherwise) and the
 * employment area it is a member of today; {@code history} only for one municipality read by id (null in lists).
 */
public record MunicipalitySummary(long id, String municipalityCode, String nameFi, String nameSv,
                                  String regionCode, String regionNameFi, String regionNameSv,
                                  AdministrativeCourt court, String courtNameFi, String courtNameSv,
                                  Long pilotAreaId, String pilotAreaName,
                                  Set<Language> officialLanguages, Language majorityLanguage, boolean bilingual,
                                  boolean samiHomeland, LegalRegime regime, LocalDate supervisedFrom,
                                  LocalDate supervisedUntil, Long employmentAreaId, String employmentAreaName,
                                  String employmentAreaNameSv, List<HistoryPeriod> history, ServiceDetails serviceDetails) {

    /** The municipality with {@code area} as its employment area today (null: none). */
    static MunicipalitySummary of(Municipality m, EmploymentArea area, List<HistoryPeriod> history) {
        LanguageStatus ls = m.languageStatus();
        Region r = m.region().orElse(null);
        AdministrativeCourt court = m.court().orElse(null);
        SupervisionPeriod p = m.findSupervision().orElse(null);
        return new MunicipalitySummary(m.id(), m.code().orElse(null), m.nameFi(), m.nameSv().orElse(null),
                r == null ? null : r.code(), r == null ? null : r.nameFi(), r == null ? null : r.nameSv(),
                court, court == null ? null : court.nameIn(Language.FI), court == null ? null : court.nameIn(Language.SV),
                m.pilotArea().map(PilotArea::id).orElse(null), m.pilotArea().map(PilotArea::nameFi).orElse(null),
                ls.officialLanguages(), ls.majorityLanguage(), ls.isBilingual(), ls.isSamiHomeland(),
                m.findRegime().orElse(null), p == null ? null : p.from(), p == null ? null : p.until().orElse(null),
                area == null ? null : area.id(), area == null ? null : area.nameFi(),
                area == null ? null : area.nameSv().orElse(null), history, ServiceDetails.of(m));
    }

    /** The name in the UI's language ({@code sv}: the Swedish name where there is one). */
    public String name(String language) {
        return Names.in(language, nameFi, nameSv);
    }

    public String regionName(String language) {
        return Names.in(language, regionNameFi, regionNameSv);
    }

    public String employmentAreaName(String language) {
        return Names.in(language, employmentAreaName, employmentAreaNameSv);
    }
}
