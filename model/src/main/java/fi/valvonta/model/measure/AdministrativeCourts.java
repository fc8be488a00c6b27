package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.registry.AdministrativeCourt;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.SupervisedEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The competent administrative court for an appeal against a measure, by the region of the municipality
 * concerned (hallinto-oikeuslaki 430/1999 and its decree). The data are the registry's: each municipality's
 * region and each region's court (reference data of migration 15.1). An employment area is judged by its
 * members on the day when they all lie in one court's circuit, else by its lead municipality; an area with
 * neither is refused with {@value #NOT_DETERMINED}.
 */
public final class AdministrativeCourts {

    public static final String NOT_DETERMINED = "measure.court-not-determined";

    private AdministrativeCourts() {
    }

    /**
     * The court competent for appeals against a measure on {@code entity} decided on {@code on}.
     *
     * @throws RuleViolationException {@value #NOT_DETERMINED} when the registry cannot tell
     */
    public static AdministrativeCourt competentFor(SupervisedEntity entity, LocalDate on) {
        return findCompetentFor(entity, on).orElseThrow(() -> notDetermined(entity instanceof EmploymentArea a
                ? "the members of " + a.nameFi() + " lie in the circuits of several courts and it has no known lead municipality"
                : entity.nameFi() + " has no region in the registry"));
    }

    /** The court competent for appeals against a measure on {@code entity} decided on {@code on}, if the registry tells. */
    public static Optional<AdministrativeCourt> findCompetentFor(SupervisedEntity entity, LocalDate on) {
        if (entity instanceof Municipality m) {
            return m.court();
        }
        if (entity instanceof EmploymentArea area) {
            List<Municipality> members = area.currentMembers(on);
            Set<AdministrativeCourt> courts = members.stream().map(Municipality::court)
                    .flatMap(Optional::stream).collect(Collectors.toSet());
            if (courts.size() == 1 && members.stream().allMatch(m -> m.court().isPresent())) {
                return Optional.of(courts.iterator().next());
            }
            return area.lead().flatMap(Municipality::court);
        }
        return Optional.empty();
    }

    private static RuleViolationException notDetermined(String why) {
        return new RuleViolationException(NOT_DETERMINED, "entity",
                "The competent administrative court cannot be determined: " + why);
    }
}
