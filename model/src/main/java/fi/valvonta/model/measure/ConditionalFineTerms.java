package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.StatutoryDeadlines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A conditional fine as set with an order (uhkasakkolaki 1113/1990 8 §): a fixed sum, or a running fine
 * of a base sum and an instalment for each whole period the obligation is not met.
 *
 * @param amount     the fixed sum, or the running fine's base sum (kiinteä peruserä)
 * @param instalment a running fine's instalment per {@code period} (lisäerä); null for a fixed fine
 */
public record ConditionalFineTerms(ConditionalFineKind kind, BigDecimal amount, BigDecimal instalment, FinePeriod period) {

    public ConditionalFineTerms {
        Objects.requireNonNull(kind, "kind");
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolationException("measure.conditional-fine-not-positive", "conditionalFine",
                    "A conditional fine is a positive sum of euros");
        }
        if (kind == ConditionalFineKind.RUNNING) {
            if (instalment == null || instalment.signum() <= 0 || period == null) {
                throw new RuleViolationException("measure.running-fine-instalment-missing", "fineInstalment",
                        "A running conditional fine states the instalment and its period (uhkasakkolaki 8 §)");
            }
        } else {
            instalment = null;
            period = null;
        }
    }

    public static ConditionalFineTerms fixed(BigDecimal amount) {
        return new ConditionalFineTerms(ConditionalFineKind.FIXED, amount, null, null);
    }

    /**
     * The most that may be imposed on {@code decidedOn}: never above the amount set (uhkasakkolaki 10 §);
     * for a running fine the base sum and one instalment for each whole period from the last day to comply
     * (uhkasakkolaki 11 §).
     */
    public BigDecimal maxImposable(LocalDate deadline, LocalDate decidedOn) {
        if (kind == ConditionalFineKind.FIXED) {
            return amount;
        }
        long periods = period.wholePeriodsBetween(StatutoryDeadlines.lastDay(deadline), decidedOn);
        return amount.add(instalment.multiply(BigDecimal.valueOf(periods)));
    }
}
