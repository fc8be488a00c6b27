package fi.valvonta.model.registry;

import java.time.LocalDate;

/**
 * One line of a municipality's history: a pilot municipality of a pilot area (laki 1269/2020, supervised
 * itself) or a member of an employment area (laki 380/2023, supervised through its area), with its period
 * ({@code until} null while it lasts).
 *
 * @param areaId the pilot area's number, or the employment area's entity id
 */
public record MembershipPeriod(Kind kind, long areaId, String areaNameFi, String areaNameSv,
                               LocalDate from, LocalDate until) {

    public enum Kind {
        /** A pilot municipality (kokeilukunta) of a pilot area: the municipality itself was supervised. */
        PILOT_AREA,
        /** A member of an employment area (työllisyysalue): the area is supervised. */
        EMPLOYMENT_AREA
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
