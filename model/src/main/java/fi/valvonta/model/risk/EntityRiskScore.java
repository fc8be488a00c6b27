package fi.valvonta.model.risk;

import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Risk of one entity as of a date under one parameter version: the total (sum of the weighted dimension
 * scores), its band and the per-dimension scores with their breakdowns.
 */
public record EntityRiskScore(long entityId, String name, String parametersVersion, LocalDate asOf,
                              double total, RiskBand band, Map<Dimension, DimensionScore> dimensions) {

    public EntityRiskScore {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(asOf, "asOf");
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
    }

    public DimensionScore dimension(Dimension dimension) {
        return dimensions.get(dimension);
    }
}
