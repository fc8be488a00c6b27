package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.platform.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An employment area with its members. */
public record EmploymentAreaSummary(long id, String nameFi, String nameSv, EmploymentAreaModel model,
                                    Set<Language> officialLanguages, Language majorityLanguage, boolean bilingual,
                                    boolean samiHomeland, LegalRegime regime, LocalDate supervisedFrom,
                                    List<Member> members, ServiceDetails serviceDetails) {

    public record Member(long id, String nameFi) {
    }

    static EmploymentAreaSummary of(EmploymentArea a) {
        var ls = a.languageStatus();
        return new EmploymentAreaSummary(a.id(), a.nameFi(), a.nameSv().orElse(null), a.model().orElse(null),
                ls.officialLanguages(), ls.majorityLanguage(), ls.isBilingual(), ls.isSamiHomeland(), a.regime(),
                a.supervision().from(),
                a.members().stream().map(m -> new Member(m.id(), m.nameFi())).toList(), ServiceDetails.of(a));
    }
}
