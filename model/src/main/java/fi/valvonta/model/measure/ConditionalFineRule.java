package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Imposing (tuomitseminen) a conditional fine set with an order: uhkasakkolaki 1113/1990 10 §. */
public final class ConditionalFineRule {

    public static final String SETTING_NOT_FINAL = "measure.conditional-fine-setting-not-final";
    public static final String ABOVE_AMOUNT_SET = "measure.conditional-fine-above-amount-set";

    private ConditionalFineRule() {
    }

    /**
     * Uhkasakkolaki 10 §: a fine is imposed only if the decision setting it is final or was ordered to be
     * complied with notwithstanding appeal.
     */
    public static void checkSettingEnforceable(PriorMeasure settingOrder, LocalDate decidedOn) {
        Objects.requireNonNull(settingOrder, "settingOrder");
        if (!settingOrder.isEnforceableOn(decidedOn)) {
            throw new RuleViolationException(SETTING_NOT_FINAL, MeasureLadder.FIELD,
                    "The conditional fine may be imposed only once the order setting it is final or was ordered to be "
                            + "complied with notwithstanding appeal (uhkasakkolaki 1113/1990 10 §)");
        }
    }

    /** Uhkasakkolaki 10 §, 11 §: never above the amount set ({@link ConditionalFineTerms#maxImposable}). */
    public static void checkAmount(PriorMeasure settingOrder, BigDecimal imposed, LocalDate decidedOn) {
        ConditionalFineTerms terms = settingOrder.fineTerms().orElseThrow(
                () -> new IllegalArgumentException("the order set no conditional fine"));
        BigDecimal max = terms.maxImposable(settingOrder.deadline(), decidedOn);
        if (imposed.compareTo(max) > 0) {
            throw new RuleViolationException(ABOVE_AMOUNT_SET, "conditionalFine",
                    "At most " + max + " € may be imposed: never above the amount set (uhkasakkolaki 1113/1990 10 §)");
        }
    }
}
