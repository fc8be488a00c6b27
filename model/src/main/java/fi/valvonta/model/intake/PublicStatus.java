package fi.valvonta.model.intake;

import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAttachment;
import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.NotInvestigatedReason;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the status link shows its holder: the case number, what the complaint is about (the entity and the
 * themes the sender chose), the phase, the deadlines that run, the outcome once decided, the documents the
 * sender sent, and how long the link works. Never what is anyone else's or the agency's own: no description
 * (it may name others), no official named in it, no names of the officials handling it, no proposals, notes,
 * screening or hearings, not the sender's own contact details either (the link may be forwarded).
 */
public record PublicStatus(String caseNumber, LocalDate receivedDate, String entityNameFi, String entityNameSv,
                           Set<Theme> themes, Language proceedingsLanguage, PublicPhase phase,
                           LocalDate processingTarget, LocalDate responseDeadline,
                           DecisionOutcome outcome, NotInvestigatedReason notInvestigatedReason, String transferredTo,
                           LocalDate resolvedOn, LocalDate servedOn, List<DocumentSent> documents,
                           Instant linkExpiresAt, Instant documentsUntil, int documentsRemaining) {

    /** A document the sender sent through the e-service: its name, size and arrival. */
    public record DocumentSent(String fileName, long size, Instant receivedAt) {
    }

    /**
     * The status of {@code complaint} through its {@code link} at {@code now}. {@code attachments} are the
     * complaint's documents; only those {@code sender} (the e-service) added are shown.
     */
    public static PublicStatus of(Complaint complaint, StatusLink link, StatusLinkPolicy policy,
                                  Collection<ComplaintAttachment> attachments, String sender, Instant now) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(sender, "sender");
        PublicPhase phase = PublicPhase.of(complaint.state());
        boolean resolved = complaint.resolvedOn().isPresent();
        int remaining = complaint.state().isTerminal() ? 0 : link.documentsRemaining(policy, now);
        return new PublicStatus(
                complaint.caseNumber().toString(),
                complaint.receivedDate(),
                complaint.entity().nameFi(),
                complaint.entity().nameSv().orElse(null),
                complaint.themes(),
                complaint.proceedingsLanguage(),
                phase,
                resolved ? null : complaint.processingTarget(),
                phase.awaitsResponse() ? complaint.responseDeadline().orElse(null) : null,
                phase.isDecided() ? complaint.outcome().orElse(null) : null,
                phase == PublicPhase.NOT_INVESTIGATED ? complaint.notInvestigatedReason().orElse(null) : null,
                phase == PublicPhase.TRANSFERRED ? complaint.transferredTo().orElse(null) : null,
                phase.isDecided() || phase == PublicPhase.TRANSFERRED || phase == PublicPhase.WITHDRAWN
                        ? complaint.resolvedOn().orElse(null) : null,
                phase.isDecided() ? complaint.servedOn().orElse(null) : null,
                attachments.stream()
                        .filter(a -> sender.equals(a.uploadedBy()))
                        .map(a -> new DocumentSent(a.fileName(), a.size(), a.uploadedAt()))
                        .toList(),
                policy.expiresAt(complaint.state(), complaint.stateChangedAt()).orElse(null),
                remaining > 0 ? policy.documentsUntil(link.issuedAt()) : null,
                remaining);
    }
}
