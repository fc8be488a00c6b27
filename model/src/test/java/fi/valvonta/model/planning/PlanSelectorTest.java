package fi.valvonta.model.planning;

import fi.valvonta.model.risk.EntityRiskInput;
import fi.valvonta.model.risk.EntityRiskScore;
import fi.valvonta.model.risk.Inputs;
import fi.valvonta.model.risk.RiskBand;
import fi.valvonta.model.risk.RiskParameters;
import fi.valvonta.model.risk.RiskScorer;
import fi.valvonta.model.risk.SyntheticRegister;

import fi.valvonta.model.platform.Dimension;
import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static fi.valvonta.model.inspection.InspectionType.DESK_REVIEW;
import static fi.valvonta.model.inspection.InspectionType.ON_SITE;
import static fi.valvonta.model.risk.RiskBand.HIGH;
import static fi.valvonta.model.risk.RiskBand.LOW;
import static fi.valvonta.model.risk.RiskBand.MEDIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanSelectorTest {

    private static final double EPS = 1e-9;
    private final PlanSelector selector = new PlanSelector();

    /** A score with just a total and band: the selector needs no more. */
    private static EntityRiskScore score(long id, double total, RiskBand band) {
        return new EntityRiskScore(id, "E" + id, "test", Inputs.AS_OF, total, band, new EnumMap<>(Dimension.class));
    }

    private static PlanCapacity days(double available) {
        return new PlanCapacity(available, 0, 5, 1);
    }

    @Test
    void neverPlansMoreThanTheAvailableDaysOverManyRandomInstances() {
        Random rnd = new Random(20260101L);
        for (int run = 0; run < 2000; run++) {
            int n = rnd.nextInt(60);
            List<EntityRiskScore> scores = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RiskBand band = RiskBand.values()[rnd.nextInt(3)];
                scores.add(score(i, rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble() * 100, band));
            }
            double onSite = 0.5 + rnd.nextDouble() * 8;
            double desk = onSite * (0.05 + rnd.nextDouble() * 0.95);
            PlanCapacity capacity = new PlanCapacity(rnd.nextDouble() * 150, rnd.nextDouble() * 0.9, onSite, desk);
            PlanSelection plan = new PlanSelector(0.05 + rnd.nextDouble() * 0.95).select(scores, capacity);

            double sum = plan.entries().stream().mapToDouble(Selection::daysUsed).sum();
            assertTrue(sum <= capacity.availableDays() + EPS, "run " + run + ": " + sum + " > " + capacity.availableDays());
            assertEquals(plan.daysUsed(), sum, 1e-6);
            assertEquals(n, plan.entries().size(), "every entity gets a line with its reason");
            for (Selection s : plan.entries()) {
                assertEquals(s.isSelected(), s.reasonCode().isSelected());
                if (s.inspectionType() != null) {
                    assertEquals(capacity.costOf(s.inspectionType()), s.daysUsed(), EPS);
                }
                if (s.band() == LOW) {
                    assertTrue(s.inspectionType() != ON_SITE, "a LOW entity gets at most a desk review");
                }
            }
        }
    }

    @Test
    void highBandIsVisitedFirstEvenWhenMediumCoversMorePerDay() {
        // MEDIUM 2 would be the better buy per day with desk reviews, but HIGH goes first
        List<EntityRiskScore> scores = List.of(score(1, 70, HIGH), score(2, 65, HIGH), score(3, 59, MEDIUM));
        PlanSelection plan = selector.select(scores, days(10));
        assertEquals(SelectionReason.SELECTED_HIGH_BAND_MANDATORY, plan.forEntity(1).orElseThrow().reasonCode());
        assertEquals(SelectionReason.SELECTED_HIGH_BAND_MANDATORY, plan.forEntity(2).orElseThrow().reasonCode());
        assertNull(plan.forEntity(3).orElseThrow().inspectionType());
        assertEquals(SelectionReason.NOT_SELECTED_CAPACITY, plan.forEntity(3).orElseThrow().reasonCode());
        assertTrue(plan.highBandFullyCovered());
    }

    @Test
    void highBandBeyondCapacityIsReportedAndFallsBackToADeskReviewIfOneFits() {
        List<EntityRiskScore> scores = List.of(score(1, 90, HIGH), score(2, 80, HIGH), score(3, 70, HIGH));
        PlanSelection plan = selector.select(scores, days(11)); // two visits (10 d), one desk review (1 d)
        assertEquals(ON_SITE, plan.forEntity(1).orElseThrow().inspectionType());
        assertEquals(ON_SITE, plan.forEntity(2).orElseThrow().inspectionType());
        Selection third = plan.forEntity(3).orElseThrow();
        assertEquals(DESK_REVIEW, third.inspectionType());
        assertEquals(SelectionReason.HIGH_BAND_OVER_CAPACITY_DESK_REVIEW, third.reasonCode());
        assertEquals(List.of(3L), plan.highBandWithoutVisit());
        assertFalse(plan.highBandFullyCovered());

        PlanSelection tight = selector.select(scores, days(10.5));
        assertEquals(SelectionReason.HIGH_BAND_OVER_CAPACITY, tight.forEntity(3).orElseThrow().reasonCode());
        assertTrue(tight.forEntity(3).orElseThrow().explanation().contains("does not meet the plan rule"));
    }

    @Test
    void higherRiskPerDayIsPreferred() {
        // capacity for exactly one visit: the MEDIUM entity with more risk gets it, whatever the input order
        List<EntityRiskScore> scores = List.of(score(1, 30, MEDIUM), score(2, 50, MEDIUM));
        PlanSelection plan = selector.select(scores, new PlanCapacity(5, 0, 5, 5));
        assertEquals(ON_SITE, plan.forEntity(2).orElseThrow().inspectionType());
        assertEquals(SelectionReason.SELECTED_BEST_RISK_PER_DAY, plan.forEntity(2).orElseThrow().reasonCode());
        assertNull(plan.forEntity(1).orElseThrow().inspectionType());
    }

    @Test
    void cheapDeskReviewsWinWhenTheyCoverMorePerDayThanAVisit() {
        // LOW 40 by desk review: 20 risk / 1 d = 20/d; MEDIUM 50 by visit: 50 / 5 d = 10/d, desk 25/d
        List<EntityRiskScore> scores = List.of(score(1, 50, MEDIUM), score(2, 40, LOW));
        PlanSelection plan = selector.select(scores, days(2));
        assertEquals(DESK_REVIEW, plan.forEntity(1).orElseThrow().inspectionType());
        assertEquals(DESK_REVIEW, plan.forEntity(2).orElseThrow().inspectionType());
        assertEquals(SelectionReason.SELECTED_DESK_REVIEW, plan.forEntity(2).orElseThrow().reasonCode());
        assertEquals(45.0, plan.riskCovered(), EPS);
    }

    @Test
    void mediumDeskReviewIsUpgradedToAVisitWhenDaysRemain() {
        List<EntityRiskScore> scores = List.of(score(1, 50, MEDIUM), score(2, 10, LOW));
        PlanSelection plan = selector.select(scores, days(6));
        assertEquals(ON_SITE, plan.forEntity(1).orElseThrow().inspectionType());
        assertEquals(DESK_REVIEW, plan.forEntity(2).orElseThrow().inspectionType());
        assertEquals(6.0, plan.daysUsed(), EPS);
    }

    @Test
    void lowAndRiskFreeEntitiesSayWhyTheyAreLeftOut() {
        List<EntityRiskScore> scores = List.of(score(1, 50, MEDIUM), score(2, 10, LOW), score(3, 0, LOW));
        PlanSelection plan = selector.select(scores, days(1));
        assertEquals(SelectionReason.NOT_SELECTED_LOW_RISK, plan.forEntity(2).orElseThrow().reasonCode());
        assertEquals(SelectionReason.NOT_SELECTED_LOW_RISK, plan.forEntity(3).orElseThrow().reasonCode());
        assertEquals("no risk to cover", plan.forEntity(3).orElseThrow().explanation());
        // zero-risk entities stay out even when days are left over
        assertEquals(SelectionReason.NOT_SELECTED_LOW_RISK,
                selector.select(scores, days(100)).forEntity(3).orElseThrow().reasonCode());
    }

    @Test
    void rankIsByTotalRiskDescendingWithTiesByEntityId() {
        List<EntityRiskScore> scores = List.of(score(9, 10, LOW), score(4, 40, MEDIUM), score(2, 40, MEDIUM), score(5, 99, HIGH));
        List<Long> order = selector.select(scores, days(0)).entries().stream().map(Selection::entityId).toList();
        assertEquals(List.of(5L, 2L, 4L, 9L), order);
        assertEquals(1, selector.select(scores, days(0)).forEntity(5).orElseThrow().rank());
    }

    @Test
    void selectionIsDeterministicWhateverTheInputOrder() {
        List<EntityRiskInput> register = SyntheticRegister.generate(42, 120, 8000);
        List<EntityRiskScore> scores = new RiskScorer().scoreAll(register, RiskParameters.defaults(), Inputs.AS_OF);
        PlanCapacity capacity = new PlanCapacity(300, 0.3, 5, 1.5);
        PlanSelection first = selector.select(scores, capacity);
        for (int i = 0; i < 20; i++) {
            List<EntityRiskScore> shuffled = new ArrayList<>(scores);
            Collections.shuffle(shuffled, new Random(i));
            assertEquals(first, selector.select(shuffled, capacity));
        }
        // equal totals: the lower id wins the single visit
        PlanSelection tie = selector.select(List.of(score(8, 30, MEDIUM), score(3, 30, MEDIUM)), new PlanCapacity(5, 0, 5, 5));
        assertEquals(ON_SITE, tie.forEntity(3).orElseThrow().inspectionType());
    }

    @Test
    void reserveShareIsHeldBackForComplaintDrivenWork() {
        PlanCapacity capacity = new PlanCapacity(100, 0.5, 5, 1);
        assertEquals(50, capacity.availableDays(), EPS);
        List<EntityRiskScore> highs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            highs.add(score(i, 100 - i, HIGH));
        }
        PlanSelection plan = selector.select(highs, capacity);
        assertEquals(10, plan.entries().stream().filter(s -> s.inspectionType() == ON_SITE).count());
        assertTrue(plan.daysUsed() <= 50 + EPS);
    }

    @Test
    void invalidCapacityAndDuplicateEntitiesAreRefused() {
        assertEquals("reserveShare", assertThrows(RuleViolationException.class,
                () -> new PlanCapacity(100, 0.95, 5, 1)).field());
        assertEquals("costDeskReviewDays", assertThrows(RuleViolationException.class,
                () -> new PlanCapacity(100, 0.1, 2, 3)).field());
        assertEquals("costOnSiteDays", assertThrows(RuleViolationException.class,
                () -> new PlanCapacity(100, 0.1, 0, 0)).field());
        assertThrows(IllegalArgumentException.class,
                () -> selector.select(List.of(score(1, 5, LOW), score(1, 6, LOW)), days(10)));
    }

    @Test
    void riskCoveredMatchesTheEntries() {
        List<EntityRiskInput> register = SyntheticRegister.generate(7, 80, 5000);
        List<EntityRiskScore> scores = new RiskScorer().scoreAll(register, RiskParameters.defaults(), Inputs.AS_OF);
        PlanSelection plan = selector.select(scores, new PlanCapacity(200, 0.25, 5, 1.5));
        Map<Long, EntityRiskScore> byId = new java.util.HashMap<>();
        scores.forEach(s -> byId.put(s.entityId(), s));
        for (Selection s : plan.selected()) {
            double expected = s.inspectionType() == ON_SITE ? byId.get(s.entityId()).total()
                    : PlanSelector.DEFAULT_DESK_REVIEW_COVERAGE * byId.get(s.entityId()).total();
            assertEquals(expected, s.riskCovered(), EPS);
        }
        assertEquals(plan.selected().stream().mapToDouble(Selection::riskCovered).sum(), plan.riskCovered(), 1e-6);
    }
}
