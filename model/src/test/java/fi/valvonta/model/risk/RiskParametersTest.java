package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;

import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RiskParametersTest {

    private final RiskParameters defaults = RiskParameters.defaults();

    @Test
    void defaultsAreValidAndCoverEveryDimension() {
        for (Dimension d : Dimension.values()) {
            assertEquals(1.0, defaults.weightOf(d));
        }
        assertEquals("default-1", defaults.version());
    }

    @Test
    void negativeDimensionWeightIsRefusedNamingTheField() {
        assertField("dimensionWeights.LANGUAGE_RIGHTS",
                () -> defaults.toBuilder().dimensionWeight(Dimension.LANGUAGE_RIGHTS, -0.1).build());
    }

    @Test
    void nonPositiveHalfLifeIsRefused() {
        assertField("halfLifeMonths", () -> defaults.toBuilder().halfLifeMonths(0).build());
        assertField("halfLifeMonths", () -> defaults.toBuilder().halfLifeMonths(-3).build());
        assertField("halfLifeMonths", () -> defaults.toBuilder().halfLifeMonths(Double.NaN).build());
    }

    @Test
    void negativeScalarWeightsAreRefusedNamingTheField() {
        assertField("openOrderWeight", () -> defaults.toBuilder().openOrderWeight(-1).build());
        assertField("bilingualIncrement", () -> defaults.toBuilder().bilingualIncrement(-0.5).build());
        assertField("findingWeights.MINOR", () -> defaults.toBuilder().findingWeight(DeficiencySeverity.MINOR, -1).build());
        assertField("notSubstantiatedComplaintWeight",
                () -> defaults.toBuilder().notSubstantiatedComplaintWeight(-0.01).build());
    }

    @Test
    void missingDimensionWeightIsRefused() {
        Map<Dimension, Double> partial = new EnumMap<>(Dimension.class);
        partial.put(Dimension.DATA_PROTECTION, 1.0);
        RiskParameters p = defaults;
        assertField("dimensionWeights.EQUAL_TREATMENT", () -> new RiskParameters(p.version(), partial,
                p.halfLifeMonths(), p.substantiatedComplaintWeight(), p.unexaminedComplaintWeight(),
                p.notSubstantiatedComplaintWeight(), p.minClientsForRate(), p.openOrderWeight(), p.overdueOrderWeight(),
                p.findingWeights(), p.baseLikelihood(), p.likelihoodPerMonthSinceInspection(),
                p.monthsSinceInspectionCap(), p.bilingualIncrement(), p.swedishMajorityIncrement(),
                p.samiHomelandIncrement(), p.foreignLanguageShareFactor(), p.under30ShareFactor(),
                p.highBandThreshold(), p.mediumBandThreshold()));
    }

    @Test
    void substantiatedMayNotWeighLessThanUnexamined() {
        assertField("substantiatedComplaintWeight",
                () -> defaults.toBuilder().substantiatedComplaintWeight(0.5).unexaminedComplaintWeight(1.0).build());
        assertField("overdueOrderWeight", () -> defaults.toBuilder().overdueOrderWeight(0.5).build());
        assertField("highBandThreshold", () -> defaults.toBuilder().bandThresholds(10, 20).build());
    }

    @Test
    void blankVersionIsRefused() {
        assertField("version", () -> defaults.toBuilder().version(" ").build());
    }

    @Test
    void variantLeavesTheOriginalUntouchedAndChangesTheFingerprint() {
        String before = defaults.fingerprint();
        RiskParameters variant = defaults.toBuilder().version("what-if")
                .dimensionWeight(Dimension.LANGUAGE_RIGHTS, 2.0).build();
        assertEquals(1.0, defaults.weightOf(Dimension.LANGUAGE_RIGHTS));
        assertEquals(2.0, variant.weightOf(Dimension.LANGUAGE_RIGHTS));
        assertEquals(before, RiskParameters.defaults().fingerprint());
        // same name, altered numbers: the fingerprint shows the version was tampered with
        RiskParameters sameNameOtherNumbers = defaults.toBuilder().halfLifeMonths(6).build();
        assertNotEquals(before, sameNameOtherNumbers.fingerprint());
    }

    @Test
    void mapsAreDefensivelyCopiedAndUnmodifiable() {
        Map<Dimension, Double> weights = new EnumMap<>(defaults.dimensionWeights());
        Map<DeficiencySeverity, Double> findingWeights = new EnumMap<>(defaults.findingWeights());
        RiskParameters d = defaults;
        RiskParameters p = new RiskParameters(d.version(), weights, d.halfLifeMonths(), d.substantiatedComplaintWeight(),
                d.unexaminedComplaintWeight(), d.notSubstantiatedComplaintWeight(), d.minClientsForRate(),
                d.openOrderWeight(), d.overdueOrderWeight(), findingWeights, d.baseLikelihood(),
                d.likelihoodPerMonthSinceInspection(), d.monthsSinceInspectionCap(), d.bilingualIncrement(),
                d.swedishMajorityIncrement(), d.samiHomelandIncrement(), d.foreignLanguageShareFactor(),
                d.under30ShareFactor(), d.highBandThreshold(), d.mediumBandThreshold());
        weights.put(Dimension.DATA_PROTECTION, 99.0);
        findingWeights.put(DeficiencySeverity.SERIOUS, 99.0);
        assertEquals(1.0, p.weightOf(Dimension.DATA_PROTECTION));
        assertEquals(defaults.weightOf(DeficiencySeverity.SERIOUS), p.weightOf(DeficiencySeverity.SERIOUS));
        assertEquals(defaults.fingerprint(), p.fingerprint());
        assertThrows(UnsupportedOperationException.class, () -> p.dimensionWeights().put(Dimension.DATA_PROTECTION, 5.0));
        assertThrows(UnsupportedOperationException.class, () -> p.findingWeights().put(DeficiencySeverity.MINOR, 5.0));

        // a builder used again after build() does not reach into what it built
        RiskParameters.Builder builder = defaults.toBuilder();
        RiskParameters built = builder.build();
        builder.dimensionWeight(Dimension.DATA_PROTECTION, 99.0).findingWeight(DeficiencySeverity.MINOR, 0.1);
        assertEquals(1.0, built.weightOf(Dimension.DATA_PROTECTION));
        assertEquals(defaults.weightOf(DeficiencySeverity.MINOR), built.weightOf(DeficiencySeverity.MINOR));
    }

    @Test
    void bandsFollowTheAbsoluteThresholds() {
        assertEquals(RiskBand.HIGH, defaults.bandOf(defaults.highBandThreshold()));
        assertEquals(RiskBand.MEDIUM, defaults.bandOf(defaults.highBandThreshold() - 0.001));
        assertEquals(RiskBand.MEDIUM, defaults.bandOf(defaults.mediumBandThreshold()));
        assertEquals(RiskBand.LOW, defaults.bandOf(defaults.mediumBandThreshold() - 0.001));
    }

    private static void assertField(String field, Executable build) {
        RuleViolationException e = assertThrows(RuleViolationException.class, build);
        assertEquals(field, e.field());
    }
}
