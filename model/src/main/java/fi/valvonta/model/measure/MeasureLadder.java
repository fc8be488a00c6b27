package fi.valvonta.model.measure;

import fi.valvonta.model.registry.LegalRegime;
import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The single place where the legal regime decides which measures are allowed and what comes next.
 * <ul>
 * <li>Pilot municipalities, laki 1269/2020: order; if the order is not obeyed, suspension in part or
 * in whole. The pilot law provides no conditional fine.</li>
 * <li>Employment authorities, laki 380/2023: order, which may be enforced with a conditional fine
 * (uhkasakkolaki 1113/1990); no suspension.</li>
 * </ul>
 * Guidance and remarks (HL 53 c §) are available under both.
 */
public final class MeasureLadder {

    public static final String FIELD = "type";

    private MeasureLadder() {
    }

    /** The measure types the regime provides for, mildest first. */
    public static List<MeasureType> allowedTypes(LegalRegime regime) {
        return List.copyOf(typesOf(regime));
    }

    private static Set<MeasureType> typesOf(LegalRegime regime) {
        return switch (Objects.requireNonNull(regime, "regime")) {
            // laki 1269/2020: order and suspension, guidance and remarks (HL 53 c §)
            case PILOT_1269_2020 -> EnumSet.of(MeasureType.GUIDANCE, MeasureType.REMARK, MeasureType.ORDER,
                    MeasureType.SUSPENSION);
            // laki 380/2023: order with conditional fine (uhkasakkolaki 1113/1990), guidance and remarks
            case EMPLOYMENT_AREA_380_2023 -> EnumSet.of(MeasureType.GUIDANCE, MeasureType.REMARK, MeasureType.ORDER,
                    MeasureType.CONDITIONAL_FINE);
        };
    }

    /**
     * Refuses a measure the regime does not allow at this point of the matter.
     *
     * @param type    the measure about to be decided; for CONDITIONAL_FINE this means imposing a fine
     *                that was set with an earlier order (setting it is {@link #checkMayAttachConditionalFine})
     * @param history prior measures on the same matter
     * @param today   the date of deciding, against which order deadlines are judged
     */
    public static void checkAllowed(LegalRegime regime, MeasureType type, LadderHistory history, LocalDate today) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(today, "today");
        if (!typesOf(regime).contains(type)) {
            throw notInRegime(regime, type);
        }
        switch (type) {
            case SUSPENSION -> checkSuspension(history, today);
            case CONDITIONAL_FINE -> checkFineImposition(history, today);
            default -> { /* guidance, remark and order need no prior measure */ }
        }
    }

    /** A conditional fine can be set together with an order only where the regime provides for fines. */
    public static void checkMayAttachConditionalFine(LegalRegime regime) {
        if (!typesOf(regime).contains(MeasureType.CONDITIONAL_FINE)) {
            throw notInRegime(regime, MeasureType.CONDITIONAL_FINE);
        }
    }

    private static RuleViolationException notInRegime(LegalRegime regime, MeasureType type) {
        if (regime == LegalRegime.PILOT_1269_2020 && type == MeasureType.CONDITIONAL_FINE) {
            return new RuleViolationException("measure.conditional-fine-not-in-pilot-law", FIELD,
                    "Laki 1269/2020 provides no conditional fine; its coercive means are an order and, "
                            + "if the order is not obeyed, suspension of the activity");
        }
        if (regime == LegalRegime.EMPLOYMENT_AREA_380_2023 && type == MeasureType.SUSPENSION) {
            return new RuleViolationException("measure.no-suspension-under-380-2023", FIELD,
                    "No suspension under laki 380/2023; an order is enforced with a conditional fine "
                            + "(uhkasakkolaki 1113/1990)");
        }
        return new RuleViolationException("measure.not-in-regime", FIELD,
                type + " is not provided for by laki " + regime.statute());
    }

    // laki 1269/2020: suspension only if an order on the same matter was served and not obeyed by its deadline
    private static void checkSuspension(LadderHistory history, LocalDate today) {
        if (!history.hasUnheededOrder(today)) {
            throw new RuleViolationException("measure.suspension-requires-unheeded-order", FIELD,
                    "Under laki 1269/2020 the activity may be suspended only after an order on the same matter "
                            + "was served and its deadline passed without compliance");
        }
        // the order is enforced only when final or ordered to be complied with notwithstanding appeal (808/2019 122 §)
        if (!history.hasUnheededEnforceableOrder(today)) {
            throw new RuleViolationException("measure.suspension-order-not-final", FIELD,
                    "The activity may be suspended only once the order is final or was ordered to be complied with "
                            + "notwithstanding appeal (laki oikeudenkäynnistä hallintoasioissa 808/2019 122 §)");
        }
    }

    // uhkasakkolaki 1113/1990 10 §: a fine set with an order is imposed only if the order was not obeyed
    private static void checkFineImposition(LadderHistory history, LocalDate today) {
        if (!history.hasDecidedOrderWithConditionalFine()) {
            throw new RuleViolationException("measure.conditional-fine-requires-order-with-fine", FIELD,
                    "A conditional fine is set together with an order (uhkasakkolaki 1113/1990); "
                            + "no order with a conditional fine exists on this matter");
        }
        if (!history.hasUnheededOrderWithConditionalFine(today)) {
            throw new RuleViolationException("measure.conditional-fine-requires-unheeded-order", FIELD,
                    "A conditional fine may be imposed only after the order was served and its deadline "
                            + "passed without compliance (uhkasakkolaki 1113/1990 10 §)");
        }
        ConditionalFineRule.checkSettingEnforceable(history.latestUnheededOrderWithConditionalFine(today).orElseThrow(),
                today);
    }

    /**
     * The next step of the ladder on non-compliance, or empty when there is nothing to propose
     * (the latest order was complied with, its deadline has not passed, it is not served yet, or the
     * ladder is exhausted). Proposals:
     * <ul>
     * <li>no decided order yet: ORDER (both regimes);</li>
     * <li>laki 1269/2020, latest order unheeded: SUSPENSION;</li>
     * <li>laki 380/2023, latest order unheeded and a conditional fine set: CONDITIONAL_FINE, i.e.
     * impose it (uhkasakkolaki 10 §); unheeded without a fine: a new ORDER, to be set with a fine.</li>
     * </ul>
     */
    public static Optional<MeasureType> proposeNextStep(LegalRegime regime, LadderHistory history, LocalDate today) {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(today, "today");
        Optional<Integer> latest = history.latestDecidedOrderIndex();
        if (latest.isEmpty()) {
            return Optional.of(MeasureType.ORDER);
        }
        int index = latest.get();
        PriorMeasure order = history.measures().get(index);
        if (!order.isUnheededOrder(today)) {
            return Optional.empty();
        }
        MeasureType next = switch (regime) {
            case PILOT_1269_2020 -> MeasureType.SUSPENSION;
            case EMPLOYMENT_AREA_380_2023 ->
                    order.conditionalFineSet() ? MeasureType.CONDITIONAL_FINE : MeasureType.ORDER;
        };
        if (next != MeasureType.ORDER && history.decidedAfter(index, next)) {
            return Optional.empty(); // already taken after this order
        }
        return Optional.of(next);
    }
}
