package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;

import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fi.valvonta.model.risk.ComplaintSignal.Substantiation.NOT_SUBSTANTIATED;
import static fi.valvonta.model.risk.ComplaintSignal.Substantiation.SUBSTANTIATED;
import static fi.valvonta.model.risk.ComplaintSignal.Substantiation.UNEXAMINED;
import static fi.valvonta.model.risk.Inputs.AS_OF;
import static fi.valvonta.model.risk.Inputs.entity;
import static fi.valvonta.model.platform.Dimension.DATA_PROTECTION;
import static fi.valvonta.model.platform.Dimension.EQUAL_TREATMENT;
import static fi.valvonta.model.platform.Dimension.LANGUAGE_RIGHTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskScorerTest {

    private static final double TOLERANCE = 1e-9;

    private final RiskScorer scorer = new RiskScorer();
    private final RiskParameters params = RiskParameters.defaults();

    private EntityRiskScore score(Inputs input) {
        return scorer.score(input.build(), params, AS_OF);
    }

    @Test
    void moreSubstantiatedLanguageRightsComplaintsNeverLowerTheLanguageRightsScore() {
        // one more complaint at a time, of varying age, mixed with other evidence: a hidden cap, sign
        // error or normalisation slip would show as a step that does not rise
        Inputs input = entity(1).status(Inputs.BILINGUAL_FI)
                .complaints(LANGUAGE_RIGHTS, UNEXAMINED, 3)
                .order(LANGUAGE_RIGHTS, true);
        double previousLr = -1;
        double previousTotal = -1;
        for (int n = 0; n <= 60; n++) {
            if (n > 0) {
                input.complaints(LANGUAGE_RIGHTS, SUBSTANTIATED, 1, AS_OF.minusMonths(n % 30));
            }
            EntityRiskScore s = score(input);
            double lr = s.dimension(LANGUAGE_RIGHTS).weightedScore();
            assertTrue(lr > previousLr, "LR score fell or stalled at n=" + n + ": " + lr + " <= " + previousLr);
            assertTrue(s.total() > previousTotal, "total fell at n=" + n);
            previousLr = lr;
            previousTotal = s.total();
        }
        assertEquals(60.0, score(input).dimension(LANGUAGE_RIGHTS)
                .factor("likelihood.complaints.substantiated").inputs().get("count"));
    }

    @Test
    void substantiatedLanguageRightsComplaintsDoNotMoveOtherDimensions() {
        EntityRiskScore without = score(entity(1));
        EntityRiskScore with = score(entity(1).complaints(LANGUAGE_RIGHTS, SUBSTANTIATED, 10));
        assertEquals(without.dimension(DATA_PROTECTION).weightedScore(), with.dimension(DATA_PROTECTION).weightedScore());
        assertEquals(without.dimension(EQUAL_TREATMENT).weightedScore(), with.dimension(EQUAL_TREATMENT).weightedScore());
    }

    @Test
    void bilingualMunicipalityHasHigherLanguageRightsImpactThanAnOtherwiseEqualUnilingualOne() {
        for (int clients : new int[] {0, 50, 5000, 200_000}) {
            EntityRiskScore uni = score(entity(1).clients(clients).status(Inputs.UNILINGUAL));
            EntityRiskScore bi = score(entity(1).clients(clients).status(Inputs.BILINGUAL_FI));
            assertTrue(bi.dimension(LANGUAGE_RIGHTS).impact() > uni.dimension(LANGUAGE_RIGHTS).impact(),
                    "clients=" + clients);
            assertTrue(bi.dimension(LANGUAGE_RIGHTS).weightedScore() > uni.dimension(LANGUAGE_RIGHTS).weightedScore());
            // language status is a language-rights matter only
            assertEquals(uni.dimension(DATA_PROTECTION).impact(), bi.dimension(DATA_PROTECTION).impact());
            assertEquals(uni.dimension(EQUAL_TREATMENT).impact(), bi.dimension(EQUAL_TREATMENT).impact());
        }
    }

    @Test
    void swedishMajorityAndSamiHomelandIncreaseLanguageRightsImpact() {
        double bilingualFinnish = score(entity(1).status(Inputs.BILINGUAL_FI)).dimension(LANGUAGE_RIGHTS).impact();
        double bilingualSwedish = score(entity(1).status(Inputs.BILINGUAL_SV)).dimension(LANGUAGE_RIGHTS).impact();
        double unilingual = score(entity(1).status(Inputs.UNILINGUAL)).dimension(LANGUAGE_RIGHTS).impact();
        double sami = score(entity(1).status(Inputs.SAMI)).dimension(LANGUAGE_RIGHTS).impact();
        assertTrue(bilingualSwedish > bilingualFinnish);
        assertTrue(sami > unilingual);
        DimensionScore lr = score(entity(1).status(Inputs.SAMI)).dimension(LANGUAGE_RIGHTS);
        assertEquals(params.samiHomelandIncrement(), lr.factor("impact.vulnerability.samiHomeland").value());
        assertEquals(0.0, lr.factor("impact.vulnerability.bilingual").value());
    }

    @Test
    void vulnerableClientSharesIncreaseEqualTreatmentImpact() {
        double base = score(entity(1).shares(0.0, 0.0)).dimension(EQUAL_TREATMENT).impact();
        double foreign = score(entity(1).shares(0.4, 0.0)).dimension(EQUAL_TREATMENT).impact();
        double young = score(entity(1).shares(0.0, 0.4)).dimension(EQUAL_TREATMENT).impact();
        assertTrue(foreign > base);
        assertTrue(young > base);
        assertEquals(base, score(entity(1).shares(0.4, 0.4)).dimension(DATA_PROTECTION).impact());
    }

    @Test
    void olderComplaintWeighsLessAndHalvesAtTheHalfLife() {
        double fresh = complaintTerm(entity(1).complaints(DATA_PROTECTION, SUBSTANTIATED, 1, AS_OF));
        double yearOld = complaintTerm(entity(1).complaints(DATA_PROTECTION, SUBSTANTIATED, 1, AS_OF.minusYears(1)));
        double threeYears = complaintTerm(entity(1).complaints(DATA_PROTECTION, SUBSTANTIATED, 1, AS_OF.minusYears(3)));
        assertTrue(fresh > yearOld && yearOld > threeYears);
        assertEquals(0.5, yearOld / fresh, 0.01); // default half-life 12 months
        assertTrue(score(entity(1).complaints(DATA_PROTECTION, SUBSTANTIATED, 1, AS_OF)).total()
                > score(entity(1).complaints(DATA_PROTECTION, SUBSTANTIATED, 1, AS_OF.minusYears(1))).total());
    }

    @Test
    void olderFindingWeighsLess() {
        double recent = score(entity(1).finding(EQUAL_TREATMENT, DeficiencySeverity.SERIOUS, AS_OF.minusMonths(2)))
                .dimension(EQUAL_TREATMENT).factor("likelihood.findings.serious").value();
        double old = score(entity(1).finding(EQUAL_TREATMENT, DeficiencySeverity.SERIOUS, AS_OF.minusMonths(30)))
                .dimension(EQUAL_TREATMENT).factor("likelihood.findings.serious").value();
        assertTrue(recent > old && old > 0);
    }

    @Test
    void substantiatedComplaintsWeighMoreThanUnexaminedWhichWeighMoreThanUnfounded() {
        double substantiated = score(entity(1).complaints(EQUAL_TREATMENT, SUBSTANTIATED, 5)).dimension(EQUAL_TREATMENT).likelihood();
        double unexamined = score(entity(1).complaints(EQUAL_TREATMENT, UNEXAMINED, 5)).dimension(EQUAL_TREATMENT).likelihood();
        double unfounded = score(entity(1).complaints(EQUAL_TREATMENT, NOT_SUBSTANTIATED, 5)).dimension(EQUAL_TREATMENT).likelihood();
        assertTrue(substantiated > unexamined, substantiated + " vs " + unexamined);
        assertTrue(unexamined > unfounded);
    }

    @Test
    void complaintsAreNormalisedPerThousandClientsAboveTheFloor() {
        double small = complaintTerm(entity(1).clients(2000).complaints(DATA_PROTECTION, SUBSTANTIATED, 4, AS_OF));
        double large = complaintTerm(entity(1).clients(4000).complaints(DATA_PROTECTION, SUBSTANTIATED, 4, AS_OF));
        assertEquals(2.0, small / large, TOLERANCE);
        assertEquals(4 * params.substantiatedComplaintWeight() * 1000.0 / 2000, small, TOLERANCE);
        // below the floor, a tiny entity is not ranked on one complaint as if it had thousands of clients
        double tiny = complaintTerm(entity(1).clients(10).complaints(DATA_PROTECTION, SUBSTANTIATED, 4, AS_OF));
        double atFloor = complaintTerm(entity(1).clients(params.minClientsForRate()).complaints(DATA_PROTECTION, SUBSTANTIATED, 4, AS_OF));
        assertEquals(atFloor, tiny, TOLERANCE);
    }

    @Test
    void overdueOrdersWeighMoreThanOpenOnes() {
        double open = score(entity(1).order(DATA_PROTECTION, false)).dimension(DATA_PROTECTION).likelihood();
        double overdue = score(entity(1).order(DATA_PROTECTION, true)).dimension(DATA_PROTECTION).likelihood();
        double none = score(entity(1)).dimension(DATA_PROTECTION).likelihood();
        assertTrue(overdue > open && open > none);
    }

    @Test
    void timeSinceInspectionRaisesLikelihoodUpToTheCapAndNeverInspectedCountsAsTheCap() {
        double recent = sinceInspection(entity(1).lastInspection(AS_OF.minusMonths(3)));
        double older = sinceInspection(entity(1).lastInspection(AS_OF.minusMonths(24)));
        double ancient = sinceInspection(entity(1).lastInspection(AS_OF.minusYears(10)));
        double never = sinceInspection(entity(1).lastInspection(null));
        assertTrue(recent < older && older < ancient);
        assertEquals(params.monthsSinceInspectionCap() * params.likelihoodPerMonthSinceInspection(), ancient, TOLERANCE);
        assertEquals(ancient, never, TOLERANCE);
    }

    @Test
    void signalsAfterTheAsOfDateAreIgnoredSoPastPlansStayReproducible() {
        EntityRiskScore plain = score(entity(1));
        EntityRiskScore withFuture = score(entity(1).complaints(DATA_PROTECTION, SUBSTANTIATED, 5, AS_OF.plusDays(1))
                .finding(DATA_PROTECTION, DeficiencySeverity.SERIOUS, AS_OF.plusMonths(1)));
        assertEquals(plain.total(), withFuture.total(), TOLERANCE);
    }

    @Test
    void breakdownIsConsistentWithTheScore() {
        EntityRiskScore s = score(entity(7).status(Inputs.BILINGUAL_SV).clients(12_345).shares(0.3, 0.25)
                .lastInspection(AS_OF.minusMonths(17))
                .complaints(LANGUAGE_RIGHTS, SUBSTANTIATED, 4, AS_OF.minusMonths(5))
                .complaints(LANGUAGE_RIGHTS, UNEXAMINED, 9, AS_OF.minusMonths(2))
                .complaints(EQUAL_TREATMENT, NOT_SUBSTANTIATED, 3, AS_OF.minusMonths(14))
                .complaints(DATA_PROTECTION, SUBSTANTIATED, 2, AS_OF.minusMonths(20))
                .finding(DATA_PROTECTION, DeficiencySeverity.SIGNIFICANT, AS_OF.minusMonths(17))
                .order(EQUAL_TREATMENT, false).order(EQUAL_TREATMENT, true));
        double total = 0;
        for (Dimension d : Dimension.values()) {
            DimensionScore ds = s.dimension(d);
            double likelihood = ds.likelihoodFactors().stream().mapToDouble(Factor::value).sum();
            double vulnerability = ds.vulnerabilityFactors().stream().mapToDouble(Factor::value).sum();
            double exposure = ds.factor(Factor.EXPOSURE_KEY).value();
            assertEquals(ds.likelihood(), likelihood, TOLERANCE, d + " likelihood");
            assertEquals(ds.impact(), exposure * (1 + vulnerability), TOLERANCE, d + " impact");
            assertEquals(ds.weight(), ds.factor(Factor.WEIGHT_KEY).value());
            assertEquals(ds.weightedScore(), ds.weight() * ds.likelihood() * ds.impact(), TOLERANCE, d + " score");
            total += ds.weightedScore();
            // every term says which numbers it used
            ds.breakdown().forEach(f -> assertTrue(!f.explanation().isBlank(), f.key()));
        }
        assertEquals(s.total(), total, TOLERANCE);
        assertEquals(params.bandOf(s.total()), s.band());
        assertEquals(4.0, s.dimension(LANGUAGE_RIGHTS).factor("likelihood.complaints.substantiated").inputs().get("count"));
        assertEquals(1.0, s.dimension(EQUAL_TREATMENT).factor("likelihood.orders.overdue").inputs().get("count"));
        assertEquals(1.0, s.dimension(EQUAL_TREATMENT).factor("likelihood.orders.open").inputs().get("count"));
    }

    @Test
    void dimensionWeightScalesOnlyItsDimension() {
        RiskParameters doubled = params.toBuilder().dimensionWeight(LANGUAGE_RIGHTS, 2.0).build();
        EntityRiskInput input = entity(1).status(Inputs.BILINGUAL_FI).complaints(LANGUAGE_RIGHTS, SUBSTANTIATED, 3).build();
        EntityRiskScore base = scorer.score(input, params, AS_OF);
        EntityRiskScore weighted = scorer.score(input, doubled, AS_OF);
        assertEquals(2 * base.dimension(LANGUAGE_RIGHTS).weightedScore(), weighted.dimension(LANGUAGE_RIGHTS).weightedScore(), TOLERANCE);
        assertEquals(base.dimension(DATA_PROTECTION).weightedScore(), weighted.dimension(DATA_PROTECTION).weightedScore());
        assertEquals("default-1", base.parametersVersion());
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> entity(1).shares(1.2, 0).build());
        assertEquals("foreignLanguageShare", e.field());
        e = assertThrows(RuleViolationException.class, () -> entity(1).clients(-1).build());
        assertEquals("clientCount", e.field());
    }

    @Test
    void scoresTheWholeRegisterInOnePass() {
        List<EntityRiskScore> all = scorer.scoreAll(List.of(entity(1).build(), entity(2).build()), params, AS_OF);
        assertEquals(List.of(1L, 2L), all.stream().map(EntityRiskScore::entityId).toList());
    }

    private double complaintTerm(Inputs input) {
        return score(input).dimension(DATA_PROTECTION).factor("likelihood.complaints.substantiated").value();
    }

    private double sinceInspection(Inputs input) {
        return score(input).dimension(DATA_PROTECTION).factor("likelihood.sinceInspection").value();
    }
}
