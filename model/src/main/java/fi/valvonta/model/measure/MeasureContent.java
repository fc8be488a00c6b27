package fi.valvonta.model.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a draft says: the texts of the decision and the details its type needs. Validated by
 * {@link Measure} against the type.
 *
 * @param conditionalFine for an ORDER: the fine set with it (laki 380/2023 only); for CONDITIONAL_FINE:
 *                        the amount imposed; otherwise null
 */
public record MeasureContent(String facts, String legalBasis, String reasoning, String decision,
                             LocalDate deadline, GuidanceKind guidanceKind, MeasureAddressee addressee,
                             String officialName, SuspensionScope suspensionScope, BigDecimal conditionalFine) {
}
