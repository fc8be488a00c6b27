package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.registry.EmploymentArea;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.SupervisedEntity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The competent administrative court for an appeal against a measure, by the region of the municipality
 * concerned (hallinto-oikeuslaki 430/1999 and its decree). The data are this package's
 * {@code municipalities-regions-courts.csv} (Statistics Finland 2025 municipality key); an employment area
 * is judged by its members when they all lie in one court's circuit, else by its lead municipality
 * ({@code employment-areas-2025.csv}); an area with neither is refused with {@value #NOT_DETERMINED}.
 */
public final class AdministrativeCourts {

    public static final String NOT_DETERMINED = "measure.court-not-determined";

    private static final Map<String, AdministrativeCourt> BY_MUNICIPALITY = new HashMap<>();
    private static final Map<String, String> LEAD_BY_AREA = new HashMap<>();

    static {
        read("municipalities-regions-courts.csv", cols -> BY_MUNICIPALITY.put(cols[1], AdministrativeCourt.byFinnishName(cols[6])
                .orElseThrow(() -> new IllegalStateException("unknown court " + cols[6]))));
        read("employment-areas-2025.csv", cols -> {
            if (!cols[3].isBlank()) {
                LEAD_BY_AREA.put(cols[0], cols[3]);
            }
        });
    }

    private AdministrativeCourts() {
    }

    /** The court of a municipality by its Finnish name. */
    public static Optional<AdministrativeCourt> ofMunicipality(String nameFi) {
        return Optional.ofNullable(BY_MUNICIPALITY.get(nameFi));
    }

    /** The court competent for appeals against a measure on {@code entity}. */
    public static AdministrativeCourt competentFor(SupervisedEntity entity) {
        if (entity instanceof Municipality m) {
            return ofMunicipality(m.nameFi()).orElseThrow(() -> notDetermined(m.nameFi() + " is not in the municipality data"));
        }
        if (entity instanceof EmploymentArea area) {
            Set<AdministrativeCourt> courts = area.members().stream().map(m -> ofMunicipality(m.nameFi()))
                    .flatMap(Optional::stream).collect(Collectors.toSet());
            if (courts.size() == 1 && area.members().size() > 0
                    && area.members().stream().allMatch(m -> BY_MUNICIPALITY.containsKey(m.nameFi()))) {
                return courts.iterator().next();
            }
            return Optional.ofNullable(LEAD_BY_AREA.get(area.nameFi())).flatMap(AdministrativeCourts::ofMunicipality)
                    .orElseThrow(() -> notDetermined("the members of " + area.nameFi()
                            + " lie in the circuits of several courts and it has no known lead municipality"));
        }
        throw notDetermined("no court rule for " + entity);
    }

    private static RuleViolationException notDetermined(String why) {
        return new RuleViolationException(NOT_DETERMINED, "entity",
                "The competent administrative court cannot be determined: " + why);
    }

    private static void read(String resource, java.util.function.Consumer<String[]> row) {
        try (InputStream in = AdministrativeCourts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
