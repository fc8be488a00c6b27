package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;

import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The versioned risk model: every weight and parameter of {@link RiskScorer}. A value: once a plan is
 * adopted with a version, that version is never edited; a change is a new version (see
 * {@link #fingerprint()} to detect a version whose numbers were altered). What-if variants are built with
 * {@link #toBuilder()}.
 *
 * <p><b>Bands</b> are by absolute total score ({@code total >= highBandThreshold} is HIGH,
 * {@code >= mediumBandThreshold} MEDIUM, otherwise LOW), not by percentile: an entity's band then depends
 * only on its own data and the parameter version, it can be explained without the other entities, and a
 * year in which every entity improves shows fewer HIGH entities instead of the same number.
 *
 * <p>The constructor refuses negative weights, a non-positive half-life, and orderings the law's logic
 * forbids (a substantiated complaint weighing less than an unexamined one, an overdue order less than an
 * open one, a serious finding less than a minor one), with the offending field in the exception.
 *
 * @param version                         name of this parameter version, e.g. "2026-1"
 * @param dimensionWeights                weight of each dimension in the total; all dimensions present
 * @param halfLifeMonths                  age at which a complaint or finding weighs half
 * @param substantiatedComplaintWeight    weight of a substantiated complaint
 * @param unexaminedComplaintWeight       weight of a pending / not investigated complaint
 * @param notSubstantiatedComplaintWeight weight of a complaint examined and found unfounded
 * @param minClientsForRate               floor of the complaint-rate denominator, so that an entity with
 *                                        few clients is not ranked on a single complaint
 * @param openOrderWeight                 likelihood per open order not yet overdue
 * @param overdueOrderWeight              likelihood per overdue order
 * @param findingWeights                  likelihood per inspection deficiency by severity (decayed)
 * @param baseLikelihood                  prior likelihood of every entity in every dimension
 * @param likelihoodPerMonthSinceInspection likelihood per month since the last inspection
 * @param monthsSinceInspectionCap        months after which time since inspection adds no more; an entity
 *                                        never inspected counts as this many
 * @param bilingualIncrement              language-rights vulnerability of a bilingual entity
 * @param swedishMajorityIncrement        language-rights vulnerability of a Swedish-majority entity
 * @param samiHomelandIncrement           language-rights vulnerability in the Sámi homeland
 * @param foreignLanguageShareFactor      equal-treatment vulnerability per unit of foreign-language share
 * @param under30ShareFactor              equal-treatment vulnerability per unit of under-30 share
 * @param highBandThreshold               total score from which an entity is HIGH
 * @param mediumBandThreshold             total score from which an entity is MEDIUM
 */
public record RiskParameters(String version,
                             Map<Dimension, Double> dimensionWeights,
                             double halfLifeMonths,
                             double substantiatedComplaintWeight,
                             double unexaminedComplaintWeight,
                             double notSubstantiatedComplaintWeight,
                             int minClientsForRate,
                             double openOrderWeight,
                             double overdueOrderWeight,
                             Map<DeficiencySeverity, Double> findingWeights,
                             double baseLikelihood,
                             double likelihoodPerMonthSinceInspection,
                             double monthsSinceInspectionCap,
                             double bilingualIncrement,
                             double swedishMajorityIncrement,
                             double samiHomelandIncrement,
                             double foreignLanguageShareFactor,
                             double under30ShareFactor,
                             double highBandThreshold,
                             double mediumBandThreshold) {

    public RiskParameters {
        if (version == null || version.isBlank()) {
            throw violation("risk-parameters.no-version", "version", "a parameter version needs a name");
        }
        dimensionWeights = copyComplete(dimensionWeights, Dimension.class, "dimensionWeights");
        findingWeights = copyComplete(findingWeights, DeficiencySeverity.class, "findingWeights");
        if (!(halfLifeMonths > 0) || Double.isInfinite(halfLifeMonths)) {
            throw violation("risk-parameters.half-life", "halfLifeMonths",
                    "half-life must be a finite number of months > 0, was " + halfLifeMonths);
        }
        if (minClientsForRate < 1) {
            throw violation("risk-parameters.rate-floor", "minClientsForRate",
                    "the complaint-rate floor must be at least 1 client, was " + minClientsForRate);
        }
        requireWeight(substantiatedComplaintWeight, "substantiatedComplaintWeight");
        requireWeight(unexaminedComplaintWeight, "unexaminedComplaintWeight");
        requireWeight(notSubstantiatedComplaintWeight, "notSubstantiatedComplaintWeight");
        requireWeight(openOrderWeight, "openOrderWeight");
        requireWeight(overdueOrderWeight, "overdueOrderWeight");
        requireWeight(baseLikelihood, "baseLikelihood");
        requireWeight(likelihoodPerMonthSinceInspection, "likelihoodPerMonthSinceInspection");
        requireWeight(monthsSinceInspectionCap, "monthsSinceInspectionCap");
        requireWeight(bilingualIncrement, "bilingualIncrement");
        requireWeight(swedishMajorityIncrement, "swedishMajorityIncrement");
        requireWeight(samiHomelandIncrement, "samiHomelandIncrement");
        requireWeight(foreignLanguageShareFactor, "foreignLanguageShareFactor");
        requireWeight(under30ShareFactor, "under30ShareFactor");
        requireWeight(highBandThreshold, "highBandThreshold");
        requireWeight(mediumBandThreshold, "mediumBandThreshold");
        // the model's premise: stronger evidence never weighs less than weaker evidence
        requireOrdered(substantiatedComplaintWeight, unexaminedComplaintWeight, "substantiatedComplaintWeight",
                "a substantiated complaint cannot weigh less than an unexamined one");
        requireOrdered(unexaminedComplaintWeight, notSubstantiatedComplaintWeight, "unexaminedComplaintWeight",
                "an unexamined complaint cannot weigh less than an unfounded one");
        requireOrdered(overdueOrderWeight, openOrderWeight, "overdueOrderWeight",
                "an overdue order cannot weigh less than an open one");
        requireOrdered(findingWeights.get(DeficiencySeverity.SERIOUS), findingWeights.get(DeficiencySeverity.SIGNIFICANT),
                "findingWeights.SERIOUS", "a serious finding cannot weigh less than a significant one");
        requireOrdered(findingWeights.get(DeficiencySeverity.SIGNIFICANT), findingWeights.get(DeficiencySeverity.MINOR),
                "findingWeights.SIGNIFICANT", "a significant finding cannot weigh less than a minor one");
        requireOrdered(highBandThreshold, mediumBandThreshold, "highBandThreshold",
                "the HIGH band threshold cannot be below the MEDIUM one");
    }

    /**
     * The initial model (version "default-1"), calibrated so that an average entity (5 000 clients, a
     * handful of complaints per dimension and year, inspected 2 years ago) scores about 30–40 and lands in
     * MEDIUM; HIGH needs roughly twice the average evidence in a dimension or open orders.
     */
    public static RiskParameters defaults() {
        Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
        weights.put(Dimension.DATA_PROTECTION, 1.0);
        weights.put(Dimension.EQUAL_TREATMENT, 1.0);
        weights.put(Dimension.LANGUAGE_RIGHTS, 1.0);
        Map<DeficiencySeverity, Double> findings = new EnumMap<>(DeficiencySeverity.class);
        findings.put(DeficiencySeverity.MINOR, 0.5);
        findings.put(DeficiencySeverity.SIGNIFICANT, 1.5);
        findings.put(DeficiencySeverity.SERIOUS, 3.0);
        return new RiskParameters("default-1", weights, 12.0,
                3.0, 1.0, 0.25, 500,
                1.0, 3.0, findings,
                0.5, 0.05, 36.0,
                0.5, 0.3, 0.5,
                1.0, 0.5,
                60.0, 25.0);
    }

    public double weightOf(Dimension dimension) {
        return dimensionWeights.get(dimension);
    }

    public double weightOf(DeficiencySeverity severity) {
        return findingWeights.get(severity);
    }

    public double weightOf(ComplaintSignal.Substantiation substantiation) {
        return switch (substantiation) {
            case SUBSTANTIATED -> substantiatedComplaintWeight;
            case UNEXAMINED -> unexaminedComplaintWeight;
            case NOT_SUBSTANTIATED -> notSubstantiatedComplaintWeight;
        };
    }

    public RiskBand bandOf(double total) {
        if (total >= highBandThreshold) {
            return RiskBand.HIGH;
        }
        return total >= mediumBandThreshold ? RiskBand.MEDIUM : RiskBand.LOW;
    }

    /**
     * SHA-256 over every parameter value in a fixed order. Stored with an adopted plan, it proves later
     * that the version the plan names still has the numbers the plan was made with.
     */
    public String fingerprint() {
        String canonical = String.join("|", version, dimensionWeights.toString(), Double.toString(halfLifeMonths),
                Double.toString(substantiatedComplaintWeight), Double.toString(unexaminedComplaintWeight),
                Double.toString(notSubstantiatedComplaintWeight), Integer.toString(minClientsForRate),
                Double.toString(openOrderWeight), Double.toString(overdueOrderWeight), findingWeights.toString(),
                Double.toString(baseLikelihood), Double.toString(likelihoodPerMonthSinceInspection),
                Double.toString(monthsSinceInspectionCap), Double.toString(bilingualIncrement),
                Double.toString(swedishMajorityIncrement), Double.toString(samiHomelandIncrement),
                Double.toString(foreignLanguageShareFactor), Double.toString(under30ShareFactor),
                Double.toString(highBandThreshold), Double.toString(mediumBandThreshold));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static <K extends Enum<K>> Map<K, Double> copyComplete(Map<K, Double> source, Class<K> keys, String field) {
        if (source == null) {
            throw violation("risk-parameters.missing", field, field + " is required");
        }
        EnumMap<K, Double> copy = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            Double value = source.get(key);
            if (value == null) {
                throw violation("risk-parameters.missing", field + "." + key.name(), field + " has no value for " + key);
            }
            requireWeight(value, field + "." + key.name());
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void requireWeight(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw violation("risk-parameters.negative-weight", field, field + " must be a finite number >= 0, was " + value);
        }
    }

    private static void requireOrdered(double stronger, double weaker, String field, String message) {
        if (stronger < weaker) {
            throw violation("risk-parameters.order", field, message + " (" + stronger + " < " + weaker + ")");
        }
    }

    private static RuleViolationException violation(String code, String field, String message) {
        return new RuleViolationException(code, field, message);
    }

    /** Builds a variant of a parameter version (what-if, or the next version); validated on {@link #build()}. */
    public static final class Builder {
        private String version;
        private final Map<Dimension, Double> dimensionWeights;
        private double halfLifeMonths;
        private double substantiatedComplaintWeight;
        private double unexaminedComplaintWeight;
        private double notSubstantiatedComplaintWeight;
        private int minClientsForRate;
        private double openOrderWeight;
        private double overdueOrderWeight;
        private final Map<DeficiencySeverity, Double> findingWeights;
        private double baseLikelihood;
        private double likelihoodPerMonthSinceInspection;
        private double monthsSinceInspectionCap;
        private double bilingualIncrement;
        private double swedishMajorityIncrement;
        private double samiHomelandIncrement;
        private double foreignLanguageShareFactor;
        private double under30ShareFactor;
        private double highBandThreshold;
        private double mediumBandThreshold;

        private Builder(RiskParameters p) {
            version = p.version;
            dimensionWeights = new EnumMap<>(p.dimensionWeights);
            halfLifeMonths = p.halfLifeMonths;
            substantiatedComplaintWeight = p.substantiatedComplaintWeight;
            unexaminedComplaintWeight = p.unexaminedComplaintWeight;
            notSubstantiatedComplaintWeight = p.notSubstantiatedComplaintWeight;
            minClientsForRate = p.minClientsForRate;
            openOrderWeight = p.openOrderWeight;
            overdueOrderWeight = p.overdueOrderWeight;
            findingWeights = new EnumMap<>(p.findingWeights);
            baseLikelihood = p.baseLikelihood;
            likelihoodPerMonthSinceInspection = p.likelihoodPerMonthSinceInspection;
            monthsSinceInspectionCap = p.monthsSinceInspectionCap;
            bilingualIncrement = p.bilingualIncrement;
            swedishMajorityIncrement = p.swedishMajorityIncrement;
            samiHomelandIncrement = p.samiHomelandIncrement;
            foreignLanguageShareFactor = p.foreignLanguageShareFactor;
            under30ShareFactor = p.under30ShareFactor;
            highBandThreshold = p.highBandThreshold;
            mediumBandThreshold = p.mediumBandThreshold;
        }

        public Builder version(String v) { version = v; return this; }
        public Builder dimensionWeight(Dimension d, double w) { dimensionWeights.put(Objects.requireNonNull(d), w); return this; }
        public Builder halfLifeMonths(double v) { halfLifeMonths = v; return this; }
        public Builder substantiatedComplaintWeight(double v) { substantiatedComplaintWeight = v; return this; }
        public Builder unexaminedComplaintWeight(double v) { unexaminedComplaintWeight = v; return this; }
        public Builder notSubstantiatedComplaintWeight(double v) { notSubstantiatedComplaintWeight = v; return this; }
        public Builder minClientsForRate(int v) { minClientsForRate = v; return this; }
        public Builder openOrderWeight(double v) { openOrderWeight = v; return this; }
        public Builder overdueOrderWeight(double v) { overdueOrderWeight = v; return this; }
        public Builder findingWeight(DeficiencySeverity s, double w) { findingWeights.put(Objects.requireNonNull(s), w); return this; }
        public Builder baseLikelihood(double v) { baseLikelihood = v; return this; }
        public Builder likelihoodPerMonthSinceInspection(double v) { likelihoodPerMonthSinceInspection = v; return this; }
        public Builder monthsSinceInspectionCap(double v) { monthsSinceInspectionCap = v; return this; }
        public Builder bilingualIncrement(double v) { bilingualIncrement = v; return this; }
        public Builder swedishMajorityIncrement(double v) { swedishMajorityIncrement = v; return this; }
        public Builder samiHomelandIncrement(double v) { samiHomelandIncrement = v; return this; }
        public Builder foreignLanguageShareFactor(double v) { foreignLanguageShareFactor = v; return this; }
        public Builder under30ShareFactor(double v) { under30ShareFactor = v; return this; }
        public Builder bandThresholds(double high, double medium) { highBandThreshold = high; mediumBandThreshold = medium; return this; }

        public RiskParameters build() {
            return new RiskParameters(version, dimensionWeights, halfLifeMonths, substantiatedComplaintWeight,
                    unexaminedComplaintWeight, notSubstantiatedComplaintWeight, minClientsForRate, openOrderWeight,
                    overdueOrderWeight, findingWeights, baseLikelihood, likelihoodPerMonthSinceInspection,
                    monthsSinceInspectionCap, bilingualIncrement, swedishMajorityIncrement, samiHomelandIncrement,
                    foreignLanguageShareFactor, under30ShareFactor, highBandThreshold, mediumBandThreshold);
        }
    }
}
