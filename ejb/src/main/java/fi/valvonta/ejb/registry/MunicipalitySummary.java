package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.Language;

import java.time.LocalDate;
import java.util.Set;

/** A municipality as listed in the registry (UI and API). */
public record MunicipalitySummary(long id, String nameFi, String nameSv, Long pilotAreaId, String pilotAreaName,
                                  Set<Language> officialLanguages, Language majorityLanguage, boolean bilingual,
                                  boolean samiHomeland, LegalRegime regime, LocalDate supervisedFrom,
                                  LocalDate supervisedUntil, Long employmentAreaId, String employmentAreaName,
                                  ServiceDetails serviceDetails) {

    static MunicipalitySummary of(Municipality m) {
        LanguageStatus ls = m.languageStatus();
        return new MunicipalitySummary(m.id(), m.nameFi(), m.nameSv().orElse(null),
                m.pilotArea().map(PilotArea::id).orElse(null), m.pilotArea().map(PilotArea::nameFi).orElse(null),
                ls.officialLanguages(), ls.majorityLanguage(), ls.isBilingual(), ls.isSamiHomeland(),
                m.regime(), m.supervision().from(), m.supervision().until().orElse(null),
                m.employmentArea().map(SupervisedEntity::id).orElse(null),
                m.employmentArea().map(SupervisedEntity::nameFi).orElse(null), ServiceDetails.of(m));
    }
}
