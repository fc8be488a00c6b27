package fi.valvonta.ejb.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link RiskParameters} as JSON: the body of {@code POST /risk-models}, the stored form of a risk model
 * version and part of a plan's frozen snapshot. Every field is required.
 */
public record RiskParametersDto(@NotBlank String version,
                                @NotNull Map<String, Double> dimensionWeights,
                                @NotNull Double halfLifeMonths,
                                @NotNull Double substantiatedComplaintWeight,
                                @NotNull Double unexaminedComplaintWeight,
                                @NotNull Double notSubstantiatedComplaintWeight,
                                @NotNull Integer minClientsForRate,
                                @NotNull Double openOrderWeight,
                                @NotNull Double overdueOrderWeight,
                                @NotNull Map<String, Double> findingWeights,
                                @NotNull Double baseLikelihood,
                                @NotNull Double likelihoodPerMonthSinceInspection,
                                @NotNull Double monthsSinceInspectionCap,
                                @NotNull Double bilingualIncrement,
                                @NotNull Double swedishMajorityIncrement,
                                @NotNull Double samiHomelandIncrement,
                                @NotNull Double foreignLanguageShareFactor,
                                @NotNull Double under30ShareFactor,
                                @NotNull Double highBandThreshold,
                                @NotNull Double mediumBandThreshold) {

    public static RiskParametersDto of(RiskParameters p) {
        Map<String, Double> dims = new LinkedHashMap<>();
        p.dimensionWeights().forEach((k, v) -> dims.put(k.name(), v));
        Map<String, Double> findings = new LinkedHashMap<>();
        p.findingWeights().forEach((k, v) -> findings.put(k.name(), v));
        return new RiskParametersDto(p.version(), dims, p.halfLifeMonths(), p.substantiatedComplaintWeight(),
                p.unexaminedComplaintWeight(), p.notSubstantiatedComplaintWeight(), p.minClientsForRate(),
                p.openOrderWeight(), p.overdueOrderWeight(), findings, p.baseLikelihood(),
                p.likelihoodPerMonthSinceInspection(), p.monthsSinceInspectionCap(), p.bilingualIncrement(),
                p.swedishMajorityIncrement(), p.samiHomelandIncrement(), p.foreignLanguageShareFactor(),
                p.under30ShareFactor(), p.highBandThreshold(), p.mediumBandThreshold());
    }

    /** The validated parameters; a rule of {@link RiskParameters} refuses with the field it is about. */
    public RiskParameters toParameters() {
        return new RiskParameters(version, keyed(dimensionWeights, Dimension.class, "dimensionWeights"),
                halfLifeMonths, substantiatedComplaintWeight, unexaminedComplaintWeight,
                notSubstantiatedComplaintWeight, minClientsForRate, openOrderWeight, overdueOrderWeight,
                keyed(findingWeights, DeficiencySeverity.class, "findingWeights"), baseLikelihood,
                likelihoodPerMonthSinceInspection, monthsSinceInspectionCap, bilingualIncrement,
                swedishMajorityIncrement, samiHomelandIncrement, foreignLanguageShareFactor, under30ShareFactor,
                highBandThreshold, mediumBandThreshold);
    }

    private static <K extends Enum<K>> Map<K, Double> keyed(Map<String, Double> source, Class<K> type, String field) {
        if (source == null) {
            return null;
        }
        Map<K, Double> map = new EnumMap<>(type);
        source.forEach((k, v) -> {
            try {
                map.put(Enum.valueOf(type, k), v);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("risk-parameters.unknown-key", field + "." + k, "unknown key " + k);
            }
        });
        return map;
    }
}
