package fi.valvonta.model.risk;

import fi.valvonta.model.inspection.DeficiencySeverity;

import fi.valvonta.model.risk.ComplaintSignal.Substantiation;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores an entity's risk per fundamental-rights dimension (data protection, equal treatment,
 * language rights). Stateless and thread-safe; one pass over the entity's signals, so a whole register
 * scores in O(entities + signals).
 *
 * <h2>Formula</h2>
 * For each dimension {@code d}, with {@code P} the {@link RiskParameters}:
 * <pre>
 * decay(date)   = 0.5 ^ (ageMonths(date, asOf) / P.halfLifeMonths)      signals dated after asOf are ignored
 * per1000       = 1000 / max(clientCount, P.minClientsForRate)
 *
 * likelihood_d  = P.baseLikelihood
 *               + Σ_s P.weight(s) · Σ_{complaints c of d with substantiation s} decay(c) · per1000
 *               + P.openOrderWeight · openOrders_d + P.overdueOrderWeight · overdueOrders_d
 *               + Σ_v P.findingWeight(v) · Σ_{findings f of d with severity v} decay(f)
 *               + P.likelihoodPerMonthSinceInspection · min(monthsSinceLastInspection, P.monthsSinceInspectionCap)
 *                 (never inspected counts as the cap)
 *
 * exposure      = log10(10 + clientCount)            ≥ 1, so vulnerability always matters
 * vulnerability = LANGUAGE_RIGHTS: bilingual·P.bilingualIncrement + swedishMajority·P.swedishMajorityIncrement
 *                                  + samiHomeland·P.samiHomelandIncrement
 *                 EQUAL_TREATMENT: P.foreignLanguageShareFactor·foreignLanguageShare + P.under30ShareFactor·under30Share
 *                 DATA_PROTECTION: 0 (every client's data is equally protected)
 * impact_d      = exposure · (1 + vulnerability_d)
 *
 * score_d       = P.dimensionWeight(d) · likelihood_d · impact_d
 * total         = Σ_d score_d;  band by absolute thresholds (see {@link RiskParameters})
 * </pre>
 * Complaints are normalised per 1 000 clients because large entities naturally receive more; findings and
 * orders are not, since each is already an established deficiency of the entity's practice. Every term
 * above is one {@link Factor} of the dimension's breakdown, with the numbers it was computed from.
 *
 * <p>Monotonicity: all weights are non-negative, so another complaint, finding or order in a dimension
 * never lowers that dimension's score or the total.
 */
public final class RiskScorer {

    private static final double DAYS_PER_MONTH = 365.2425 / 12;
    private static final double LN2 = Math.log(2);
    private static final Dimension[] DIMENSIONS = Dimension.values();
    private static final Substantiation[] SUBSTANTIATIONS = Substantiation.values();
    private static final DeficiencySeverity[] SEVERITIES = DeficiencySeverity.values();

    /** Scores every entity; the result is in input order (rank it with {@link PlanSelector}). */
    public List<EntityRiskScore> scoreAll(List<EntityRiskInput> inputs, RiskParameters parameters, LocalDate asOf) {
        List<EntityRiskScore> scores = new ArrayList<>(inputs.size());
        for (EntityRiskInput input : inputs) {
            scores.add(score(input, parameters, asOf));
        }
        return scores;
    }

    public EntityRiskScore score(EntityRiskInput input, RiskParameters parameters, LocalDate asOf) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(asOf, "asOf");
        SignalTotals totals = SignalTotals.of(input, parameters.halfLifeMonths(), asOf);

        double exposure = Math.log10(10.0 + input.clientCount());
        double rateDenominator = Math.max(input.clientCount(), parameters.minClientsForRate());
        Factor sinceInspection = sinceInspectionFactor(input.lastInspection(), parameters, asOf);

        Map<Dimension, DimensionScore> dimensions = new EnumMap<>(Dimension.class);
        double total = 0;
        for (Dimension d : DIMENSIONS) {
            DimensionScore score = scoreDimension(d, input, parameters, totals, exposure, rateDenominator, sinceInspection);
            dimensions.put(d, score);
            total += score.weightedScore();
        }
        return new EntityRiskScore(input.entityId(), input.name(), parameters.version(), asOf, total,
                parameters.bandOf(total), dimensions);
    }

    private static DimensionScore scoreDimension(Dimension d, EntityRiskInput input, RiskParameters p,
                                                 SignalTotals totals, double exposure, double rateDenominator,
                                                 Factor sinceInspection) {
        List<Factor> breakdown = new ArrayList<>(16);
        int di = d.ordinal();

        breakdown.add(new Factor("likelihood.base", p.baseLikelihood(), Map.of(),
                "prior likelihood of every entity " + fmt(p.baseLikelihood())));
        for (Substantiation s : SUBSTANTIATIONS) {
            int n = totals.complaintCount[di][s.ordinal()];
            double decayed = totals.complaintDecayed[di][s.ordinal()];
            double weight = p.weightOf(s);
            double value = weight * decayed * 1000.0 / rateDenominator;
            breakdown.add(new Factor("likelihood.complaints." + camel(s.name()), value,
                    Map.of("count", (double) n, "decayedCount", decayed, "weight", weight, "clients", rateDenominator),
                    n + " " + s.name().toLowerCase(Locale.ROOT) + " complaints, decayed to " + fmt(decayed)
                            + ", × weight " + fmt(weight) + " per 1000 of " + fmt(rateDenominator) + " clients = " + fmt(value)));
        }
        int open = totals.openOrders[di];
        int overdue = totals.overdueOrders[di];
        breakdown.add(new Factor("likelihood.orders.open", p.openOrderWeight() * open,
                Map.of("count", (double) open, "weight", p.openOrderWeight()),
                open + " open orders × " + fmt(p.openOrderWeight())));
        breakdown.add(new Factor("likelihood.orders.overdue", p.overdueOrderWeight() * overdue,
                Map.of("count", (double) overdue, "weight", p.overdueOrderWeight()),
                overdue + " overdue orders × " + fmt(p.overdueOrderWeight())));
        for (DeficiencySeverity v : SEVERITIES) {
            int n = totals.findingCount[di][v.ordinal()];
            double decayed = totals.findingDecayed[di][v.ordinal()];
            double weight = p.weightOf(v);
            breakdown.add(new Factor("likelihood.findings." + camel(v.name()), weight * decayed,
                    Map.of("count", (double) n, "decayedCount", decayed, "weight", weight),
                    n + " " + v.name().toLowerCase(Locale.ROOT) + " findings, decayed to " + fmt(decayed)
                            + ", × weight " + fmt(weight)));
        }
        breakdown.add(sinceInspection);

        double likelihood = 0;
        for (Factor f : breakdown) {
            likelihood += f.value();
        }

        breakdown.add(new Factor(Factor.EXPOSURE_KEY, exposure, Map.of("clients", (double) input.clientCount()),
                "log10(10 + " + input.clientCount() + " clients) = " + fmt(exposure)));
        double vulnerability = addVulnerability(d, input, p, breakdown);
        double impact = exposure * (1 + vulnerability);

        double weight = p.weightOf(d);
        breakdown.add(new Factor(Factor.WEIGHT_KEY, weight, Map.of(), "weight of " + d + " in the total " + fmt(weight)));
        return new DimensionScore(d, likelihood, impact, weight, weight * likelihood * impact, breakdown);
    }

    /** Adds the dimension's vulnerability terms to the breakdown and returns their sum. */
    private static double addVulnerability(Dimension d, EntityRiskInput input, RiskParameters p, List<Factor> breakdown) {
        return switch (d) {
            case LANGUAGE_RIGHTS -> {
                LanguageStatus status = input.languageStatus();
                yield flag(breakdown, "impact.vulnerability.bilingual", status.isBilingual(), p.bilingualIncrement(),
                        "bilingual municipality (kielilaki 5 §)")
                        + flag(breakdown, "impact.vulnerability.swedishMajority", status.isSwedishMajority(),
                        p.swedishMajorityIncrement(), "Swedish-speaking majority")
                        + flag(breakdown, "impact.vulnerability.samiHomeland", status.isSamiHomeland(),
                        p.samiHomelandIncrement(), "Sámi homeland (saamen kielilaki 4 §)");
            }
            case EQUAL_TREATMENT -> share(breakdown, "impact.vulnerability.foreignLanguageShare",
                    input.foreignLanguageShare(), p.foreignLanguageShareFactor(), "foreign-language clients")
                    + share(breakdown, "impact.vulnerability.under30Share", input.under30Share(),
                    p.under30ShareFactor(), "clients under 30");
            case DATA_PROTECTION -> 0.0;
        };
    }

    private static double flag(List<Factor> breakdown, String key, boolean applies, double increment, String what) {
        double value = applies ? increment : 0.0;
        breakdown.add(new Factor(key, value, Map.of("applies", applies ? 1.0 : 0.0, "increment", increment),
                (applies ? "" : "not ") + what + ": +" + fmt(value)));
        return value;
    }

    private static double share(List<Factor> breakdown, String key, double share, double factor, String what) {
        double value = share * factor;
        breakdown.add(new Factor(key, value, Map.of("share", share, "factor", factor),
                "share of " + what + " " + fmt(share) + " × " + fmt(factor) + " = " + fmt(value)));
        return value;
    }

    private static Factor sinceInspectionFactor(LocalDate lastInspection, RiskParameters p, LocalDate asOf) {
        double cap = p.monthsSinceInspectionCap();
        double months = lastInspection == null ? cap
                : Math.min(cap, Math.max(0, ageMonths(lastInspection, asOf)));
        double value = months * p.likelihoodPerMonthSinceInspection();
        String why = lastInspection == null
                ? "never inspected: counts as " + fmt(cap) + " months"
                : fmt(months) + " months since inspection on " + lastInspection + " (cap " + fmt(cap) + ")";
        return new Factor("likelihood.sinceInspection", value,
                Map.of("months", months, "perMonth", p.likelihoodPerMonthSinceInspection(), "cap", cap),
                why + " × " + fmt(p.likelihoodPerMonthSinceInspection()) + " = " + fmt(value));
    }

    static double ageMonths(LocalDate date, LocalDate asOf) {
        return ChronoUnit.DAYS.between(date, asOf) / DAYS_PER_MONTH;
    }

    private static String camel(String enumName) {
        String[] parts = enumName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    // rounding instead of String.format: the breakdown is built for every entity, and format is slow
    private static String fmt(double v) {
        return Double.toString(Math.round(v * 1000) / 1000.0);
    }

    /** Decayed sums and counts of one entity's signals, per dimension: the single pass over its signals. */
    private static final class SignalTotals {
        final int[][] complaintCount = new int[DIMENSIONS.length][SUBSTANTIATIONS.length];
        final double[][] complaintDecayed = new double[DIMENSIONS.length][SUBSTANTIATIONS.length];
        final int[][] findingCount = new int[DIMENSIONS.length][SEVERITIES.length];
        final double[][] findingDecayed = new double[DIMENSIONS.length][SEVERITIES.length];
        final int[] openOrders = new int[DIMENSIONS.length];
        final int[] overdueOrders = new int[DIMENSIONS.length];

        static SignalTotals of(EntityRiskInput input, double halfLifeMonths, LocalDate asOf) {
            SignalTotals t = new SignalTotals();
            long asOfDay = asOf.toEpochDay();
            // decay = 0.5^(ageDays / halfLifeDays) = exp(-λ · ageDays)
            double lambda = LN2 / (halfLifeMonths * DAYS_PER_MONTH);
            for (ComplaintSignal c : input.complaints()) {
                long age = asOfDay - c.date().toEpochDay();
                if (age >= 0) { // not yet known as of asOf: a plan made in the past must stay reproducible
                    int d = c.dimension().ordinal();
                    int s = c.substantiation().ordinal();
                    t.complaintCount[d][s]++;
                    t.complaintDecayed[d][s] += Math.exp(-lambda * age);
                }
            }
            for (FindingSignal f : input.findings()) {
                long age = asOfDay - f.date().toEpochDay();
                if (age >= 0) {
                    int d = f.dimension().ordinal();
                    int v = f.severity().ordinal();
                    t.findingCount[d][v]++;
                    t.findingDecayed[d][v] += Math.exp(-lambda * age);
                }
            }
            for (OrderSignal o : input.orders()) {
                if (o.overdue()) {
                    t.overdueOrders[o.dimension().ordinal()]++;
                } else {
                    t.openOrders[o.dimension().ordinal()]++;
                }
            }
            return t;
        }
    }
}
