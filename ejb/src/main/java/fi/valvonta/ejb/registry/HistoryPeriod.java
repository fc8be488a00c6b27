package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.MembershipPeriod;

import java.time.LocalDate;

/**
 * One line of a municipality's history: pilot municipality of a pilot area (laki 1269/2020, supervised itself)
 * or member of an employment area (laki 380/2023, supervised through the area).
 *
 * @param areaId the pilot area's number or the employment area's id
 * @param until  null while it lasts
 */
public record HistoryPeriod(MembershipPeriod.Kind kind, long areaId, String areaNameFi, String areaNameSv,
                            LocalDate from, LocalDate until) {

    static HistoryPeriod of(MembershipPeriod p) {
        return new HistoryPeriod(p.kind(), p.areaId(), p.areaNameFi(), p.areaNameSv(), p.from(), p.until());
    }

    public String areaName(String language) {
        return Names.in(language, areaNameFi, areaNameSv);
    }
}
