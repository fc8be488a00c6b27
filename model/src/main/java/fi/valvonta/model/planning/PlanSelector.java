package fi.valvonta.model.planning;

import fi.valvonta.model.inspection.InspectionType;
import fi.valvonta.model.risk.EntityRiskScore;
import fi.valvonta.model.risk.RiskBand;

import fi.valvonta.model.platform.RuleViolationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the year's inspections within the plan's capacity and says, for every entity, why it is or is
 * not in the plan. Deterministic: equal values are broken by entity id.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li><b>Rank</b> all entities by total risk, descending (ties: entity id ascending).</li>
 *   <li><b>HIGH band is mandatory</b>: in rank order each HIGH entity gets an ON_SITE visit while a visit
 *       still fits the available days ({@link PlanCapacity#availableDays()}). Those that do not fit are
 *       listed in {@link PlanSelection#highBandWithoutVisit()} ({@link SelectionReason#HIGH_BAND_OVER_CAPACITY}).</li>
 *   <li><b>Fill the remaining days greedily by risk covered per inspector-day</b> over these options:
 *       MEDIUM — ON_SITE (covers the total) or DESK_REVIEW (covers {@code deskReviewCoverage × total});
 *       LOW and HIGH-without-visit — DESK_REVIEW only. A MEDIUM entity first given a desk review may later
 *       be upgraded to a visit at the incremental ratio (extra risk / extra days), which is what makes the
 *       greedy a sound choice between the two kinds for one entity (the LP relaxation of the
 *       multiple-choice knapsack). An option is taken only if it fits the days left.</li>
 * </ol>
 * The plan never uses more than the available days. Greedy by ratio is not the exact knapsack optimum, but
 * it is explainable ("more risk per day went first") and within one inspection's worth of it.
 */
public final class PlanSelector {

    /** Share of an entity's risk a desk review covers: documents show half of what a visit shows. */
    public static final double DEFAULT_DESK_REVIEW_COVERAGE = 0.5;

    // tolerance for summing fractional day costs; never lets the plan exceed capacity by a visible amount
    private static final double EPS = 1e-9;

    private static final Comparator<EntityRiskScore> BY_RISK = Comparator
            .comparingDouble(EntityRiskScore::total).reversed()
            .thenComparingLong(EntityRiskScore::entityId);

    private final double deskReviewCoverage;

    public PlanSelector() {
        this(DEFAULT_DESK_REVIEW_COVERAGE);
    }

    public PlanSelector(double deskReviewCoverage) {
        if (!(deskReviewCoverage > 0 && deskReviewCoverage <= 1)) {
            throw new RuleViolationException("plan-selector.coverage", "deskReviewCoverage",
                    "a desk review covers a share within (0, 1] of the risk, was " + deskReviewCoverage);
        }
        this.deskReviewCoverage = deskReviewCoverage;
    }

    /** The ranking: total risk descending, ties by entity id ascending. */
    public static List<EntityRiskScore> rank(List<EntityRiskScore> scores) {
        List<EntityRiskScore> ranked = new ArrayList<>(scores);
        ranked.sort(BY_RISK);
        return ranked;
    }

    public PlanSelection select(List<EntityRiskScore> scores, PlanCapacity capacity) {
        Objects.requireNonNull(capacity, "capacity");
        List<EntityRiskScore> ranked = rank(scores);
        requireUniqueIds(ranked);
        int n = ranked.size();
        double available = capacity.availableDays();
        double onSite = capacity.costOnSiteDays();
        double desk = capacity.costDeskReviewDays();

        InspectionType[] planned = new InspectionType[n];
        boolean[] mandatory = new boolean[n];
        boolean[] highWithoutVisit = new boolean[n];
        double[] daysLeftAtTurn = new double[n];
        double used = 0;

        // 1. HIGH band is visited first, by descending risk
        for (int i = 0; i < n; i++) {
            if (ranked.get(i).band() != RiskBand.HIGH) {
                continue;
            }
            daysLeftAtTurn[i] = Math.max(0, available - used);
            if (used + onSite <= available + EPS) {
                planned[i] = InspectionType.ON_SITE;
                mandatory[i] = true;
                used += onSite;
            } else {
                highWithoutVisit[i] = true;
            }
        }

        // 2. the rest of the days by risk per inspector-day
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EntityRiskScore s = ranked.get(i);
            if (planned[i] != null || !(s.total() > 0)) {
                continue;
            }
            double deskRisk = deskReviewCoverage * s.total();
            options.add(new Option(i, s.entityId(), Kind.DESK_REVIEW, deskRisk, desk));
            if (s.band() == RiskBand.MEDIUM) {
                options.add(new Option(i, s.entityId(), Kind.ON_SITE, s.total(), onSite));
                if (onSite > desk) {
                    options.add(new Option(i, s.entityId(), Kind.UPGRADE, s.total() - deskRisk, onSite - desk));
                }
            }
        }
        options.sort(Comparator.comparingDouble(Option::ratio).reversed()
                .thenComparing(Comparator.comparingDouble(Option::risk).reversed())
                .thenComparingLong(Option::entityId)
                .thenComparing(Option::kind));
        for (Option o : options) {
            int i = o.index();
            boolean applicable = switch (o.kind()) {
                case ON_SITE, DESK_REVIEW -> planned[i] == null;
                case UPGRADE -> planned[i] == InspectionType.DESK_REVIEW;
            };
            if (!applicable) {
                continue;
            }
            if (used + o.cost() <= available + EPS) {
                planned[i] = o.kind() == Kind.DESK_REVIEW ? InspectionType.DESK_REVIEW : InspectionType.ON_SITE;
                used += o.cost();
            } else if (planned[i] == null) {
                daysLeftAtTurn[i] = Math.max(0, available - used);
            }
        }

        List<Selection> entries = new ArrayList<>(n);
        List<Long> shortfall = new ArrayList<>();
        double riskCovered = 0;
        for (int i = 0; i < n; i++) {
            EntityRiskScore s = ranked.get(i);
            if (highWithoutVisit[i]) {
                shortfall.add(s.entityId());
            }
            Selection entry = entry(i + 1, s, planned[i], mandatory[i], highWithoutVisit[i], daysLeftAtTurn[i], capacity);
            riskCovered += entry.riskCovered();
            entries.add(entry);
        }
        return new PlanSelection(capacity, deskReviewCoverage, entries, used, riskCovered, shortfall);
    }

    private Selection entry(int rank, EntityRiskScore s, InspectionType type, boolean mandatory,
                            boolean highWithoutVisit, double daysLeft, PlanCapacity capacity) {
        double onSite = capacity.costOnSiteDays();
        double desk = capacity.costDeskReviewDays();
        String total = fmt(s.total());
        if (type == InspectionType.ON_SITE) {
            SelectionReason reason = mandatory ? SelectionReason.SELECTED_HIGH_BAND_MANDATORY
                    : SelectionReason.SELECTED_BEST_RISK_PER_DAY;
            String why = mandatory
                    ? "HIGH band (total " + total + "): a visit is mandatory once per period; " + fmt(onSite) + " days"
                    : s.band() + " band: a visit covers " + total + " at " + fmt(s.total() / onSite) + " risk/day";
            return new Selection(s.entityId(), rank, s.band(), s.total(), type, reason, s.total(), onSite, why);
        }
        if (type == InspectionType.DESK_REVIEW) {
            double covered = deskReviewCoverage * s.total();
            String perDay = fmt(covered) + " of " + total + " at " + fmt(covered / desk) + " risk/day";
            return highWithoutVisit
                    ? new Selection(s.entityId(), rank, s.band(), s.total(), type,
                    SelectionReason.HIGH_BAND_OVER_CAPACITY_DESK_REVIEW, covered, desk,
                    "HIGH band but only " + fmt(daysLeft) + " days were left for a " + fmt(onSite)
                            + "-day visit; a desk review covers " + perDay)
                    : new Selection(s.entityId(), rank, s.band(), s.total(), type,
                    SelectionReason.SELECTED_DESK_REVIEW, covered, desk, "a desk review covers " + perDay);
        }
        if (highWithoutVisit) {
            return new Selection(s.entityId(), rank, s.band(), s.total(), null, SelectionReason.HIGH_BAND_OVER_CAPACITY,
                    0, 0, "HIGH band (total " + total + ") but only " + fmt(daysLeft) + " days were left for a "
                    + fmt(onSite) + "-day visit and none for a desk review: the capacity does not meet the plan rule");
        }
        if (!(s.total() > 0)) {
            return new Selection(s.entityId(), rank, s.band(), s.total(), null, SelectionReason.NOT_SELECTED_LOW_RISK,
                    0, 0, "no risk to cover");
        }
        String why = "best option " + fmt(bestRatio(s, capacity)) + " risk/day; when its turn came "
                + fmt(daysLeft) + " days were left, taken by entities with more risk per day";
        SelectionReason reason = s.band() == RiskBand.LOW ? SelectionReason.NOT_SELECTED_LOW_RISK
                : SelectionReason.NOT_SELECTED_CAPACITY;
        return new Selection(s.entityId(), rank, s.band(), s.total(), null, reason, 0, 0, s.band() + " band: " + why);
    }

    private double bestRatio(EntityRiskScore s, PlanCapacity capacity) {
        double deskRatio = deskReviewCoverage * s.total() / capacity.costDeskReviewDays();
        return s.band() == RiskBand.MEDIUM ? Math.max(deskRatio, s.total() / capacity.costOnSiteDays()) : deskRatio;
    }

    private static void requireUniqueIds(List<EntityRiskScore> ranked) {
        Set<Long> seen = new HashSet<>();
        for (EntityRiskScore s : ranked) {
            if (!seen.add(s.entityId())) {
                throw new IllegalArgumentException("entity " + s.entityId() + " is scored twice");
            }
        }
    }

    private static String fmt(double v) {
        return Double.toString(Math.round(v * 100) / 100.0);
    }

    /** The ordinal gives the tie-break order: a visit before a desk review of equal ratio and risk. */
    private enum Kind { ON_SITE, DESK_REVIEW, UPGRADE }

    private record Option(int index, long entityId, Kind kind, double risk, double cost) {
        double ratio() {
            return risk / cost;
        }
    }
}
