package fi.valvonta.ejb.registry;

import fi.valvonta.model.measure.AdministrativeCourts;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.EmploymentAreaMembership;
import fi.valvonta.model.registry.EmploymentAreaModel;
import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.registry.Municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An employment area with its lead municipality (and the evidence and source for it), the court competent
 * for appeals against its measures today (null when the registry cannot tell), and every membership it has
 * had, each with its period ({@code until} null while it lasts).
 */
public record EmploymentAreaSummary(long id, String nameFi, String nameSv, EmploymentAreaModel model,
                                    Long leadId, String leadNameFi, String leadNameSv, String leadEvidence,
                                    String leadSource, AdministrativeCourt court,
                                    Set<Language> officialLanguages, Language majorityLanguage, boolean bilingual,
                                    boolean samiHomeland, LegalRegime regime, LocalDate supervisedFrom,
                                    LocalDate supervisedUntil, List<Member> members, ServiceDetails serviceDetails) {

    public record Member(long id, String municipalityCode, String nameFi, String nameSv, LocalDate from, LocalDate until) {

        static Member of(EmploymentAreaMembership ms) {
            Municipality m = ms.municipality();
            return new Member(m.id(), m.code().orElse(null), m.nameFi(), m.nameSv().orElse(null), ms.validFrom(),
                    ms.validUntil().orElse(null));
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }

        public String name(String language) {
            return Names.in(language, nameFi, nameSv);
        }
    }

    static EmploymentAreaSummary of(EmploymentArea a, LocalDate today) {
        var ls = a.languageStatus();
        Municipality lead = a.lead().orElse(null);
        return new EmploymentAreaSummary(a.id(), a.nameFi(), a.nameSv().orElse(null), a.model().orElse(null),
                lead == null ? null : lead.id(), lead == null ? null : lead.nameFi(),
                lead == null ? null : lead.nameSv().orElse(null), a.leadEvidence().orElse(null),
                a.leadSource().orElse(null), AdministrativeCourts.findCompetentFor(a, today).orElse(null),
                ls.officialLanguages(), ls.majorityLanguage(), ls.isBilingual(), ls.isSamiHomeland(), a.regime(),
                a.supervision().from(), a.supervision().until().orElse(null),
                a.memberships().stream().map(Member::of).toList(), ServiceDetails.of(a));
    }

    /** The members on the day, by name. */
    public List<Member> membersOn(LocalDate day) {
        return members.stream().filter(m -> m.covers(day)).toList();
    }

    /** The members now: on {@code today}, on the first day if the area starts later, on the last if it ended. */
    public List<Member> currentMembers(LocalDate today) {
        LocalDate day = today.isBefore(supervisedFrom) ? supervisedFrom
                : supervisedUntil != null && today.isAfter(supervisedUntil) ? supervisedUntil : today;
        return membersOn(day);
    }

    public String name(String language) {
        return Names.in(language, nameFi, nameSv);
    }

    /** Whether the lead's source is a web address (shown as a link), not a reference such as a decision number. */
    public boolean leadSourceIsLink() {
        return leadSource != null && (leadSource.startsWith("https://") || leadSource.startsWith("http://"));
    }

    public String leadName(String language) {
        return Names.in(language, leadNameFi, leadNameSv);
    }
}
