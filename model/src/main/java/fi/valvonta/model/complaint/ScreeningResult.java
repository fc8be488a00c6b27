package fi.valvonta.model.complaint;

import java.util.List;
import java.util.Optional;

/** Findings of intake screening, most decisive first (competence before age, blocking before warnings). */
public record ScreeningResult(List<ScreeningFinding> findings) {

    public ScreeningResult {
        findings = List.copyOf(findings);
    }

    public boolean hasBlocking() {
        return findings.stream().anyMatch(ScreeningFinding::isBlocking);
    }

    /** The reason the first blocking finding proposes; competence is assessed before the matter's age. */
    public Optional<NotInvestigatedReason> proposedOutcome() {
        return findings.stream().filter(ScreeningFinding::isBlocking)
                .map(f -> f.code().proposal()).flatMap(Optional::stream).findFirst();
    }

    /** The action disposing of the complaint as proposed: {@link ComplaintAction#TRANSFER} or {@link ComplaintAction#NOT_INVESTIGATE}. */
    public Optional<ComplaintAction> proposedAction() {
        return proposedOutcome().map(NotInvestigatedReason::action);
    }

    public boolean has(ScreeningCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    public Optional<ScreeningFinding> first(ScreeningCode code) {
        return findings.stream().filter(f -> f.code() == code).findFirst();
    }
}
