package fi.valvonta.model.risk;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the risk model knows of one supervised entity: a compact aggregate built once per planning
 * run, so scoring is O(entities + signals) and needs no database.
 *
 * @param entityId             the registry id of the supervised entity
 * @param clientCount          clients of the employment services (exposure, and the denominator of the
 *                             complaint rate)
 * @param foreignLanguageShare share 0..1 of clients whose language is not FI/SV/SE
 * @param under30Share         share 0..1 of clients under 30 years of age
 * @param lastInspection       date of the last inspection, {@code null} if never inspected
 * @param complaints           complaints of every dimension (each carries its own)
 * @param findings             inspection deficiencies of every dimension
 * @param orders               open orders to correct deficiencies; closed orders are not passed
 */
public record EntityRiskInput(long entityId, String name, LanguageStatus languageStatus, int clientCount,
                              double foreignLanguageShare, double under30Share, LocalDate lastInspection,
                              List<ComplaintSignal> complaints, List<FindingSignal> findings,
                              List<OrderSignal> orders) {

    public EntityRiskInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(languageStatus, "languageStatus");
        if (clientCount < 0) {
            throw new RuleViolationException("risk-input.negative-clients", "clientCount",
                    "client count must be >= 0, was " + clientCount);
        }
        requireShare(foreignLanguageShare, "foreignLanguageShare");
        requireShare(under30Share, "under30Share");
        complaints = List.copyOf(complaints);
        findings = List.copyOf(findings);
        orders = List.copyOf(orders);
    }

    private static void requireShare(double share, String field) {
        if (!(share >= 0 && share <= 1)) {
            throw new RuleViolationException("risk-input.share-out-of-range", field,
                    field + " must be within 0..1, was " + share);
        }
    }
}
