package fi.valvonta.model.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a draft says: the texts of the decision and the details its type needs. Validated by
 * {@link Measure} against the type.
 *
 * @param conditionalFine             for an ORDER: the fine set with it (laki 380/2023 only; a running fine's base
 *                                    sum); for CONDITIONAL_FINE: the amount imposed; otherwise null
 * @param fineKind                    for an ORDER with a fine: fixed (default) or running (uhkasakkolaki 8 §)
 * @param fineInstalment              a running fine's instalment per {@code finePeriod}
 * @param notwithstandingAppeal       an ORDER to be complied with notwithstanding appeal (808/2019 122 §)
 * @param notwithstandingAppealReason the reason for it, required with it
 */
public record MeasureContent(String facts, String legalBasis, String reasoning, String decision,
                             LocalDate deadline, GuidanceKind guidanceKind, MeasureAddressee addressee,
                             String officialName, SuspensionScope suspensionScope, BigDecimal conditionalFine,
                             ConditionalFineKind fineKind, BigDecimal fineInstalment, FinePeriod finePeriod,
                             Boolean notwithstandingAppeal, String notwithstandingAppealReason) {

    /** Content without a running fine or enforcement notwithstanding appeal. */
    public MeasureContent(String facts, String legalBasis, String reasoning, String decision, LocalDate deadline,
                          GuidanceKind guidanceKind, MeasureAddressee addressee, String officialName,
                          SuspensionScope suspensionScope, BigDecimal conditionalFine) {
        this(facts, legalBasis, reasoning, decision, deadline, guidanceKind, addressee, officialName, suspensionScope,
                conditionalFine, null, null, null, null, null);
    }
}
