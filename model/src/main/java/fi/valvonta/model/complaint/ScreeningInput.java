package fi.valvonta.model.complaint;

import fi.valvonta.model.registry.SupervisionPeriod;
import fi.valvonta.model.platform.RuleViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What intake screening looks at. {@code conductTo} is null when the conduct was on a single day;
 * {@code entitySupervision} is null for a municipality that was never supervised itself;
 * {@code specialReasonForOldMatter} and {@code complainantKey} (normalised name or e-mail) may be null,
 * the latter for an anonymous complaint.
 */
public record ScreeningInput(LocalDate received, LocalDate conductFrom, LocalDate conductTo,
                             SupervisionPeriod entitySupervision, boolean teOfficeMatter,
                             String specialReasonForOldMatter, String complainantKey, long entityId,
                             String description, List<ExistingComplaint> existing) {

    public ScreeningInput {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(conductFrom, "conductFrom");
        if (conductTo != null && conductTo.isBefore(conductFrom)) {
            throw new RuleViolationException("complaint.conduct-period-reversed", "conductTo",
                    "conduct ends " + conductTo + " before it starts " + conductFrom);
        }
        if (conductFrom.isAfter(received)) {
            throw new RuleViolationException("complaint.conduct-after-receipt", "conductFrom",
                    "conduct starts " + conductFrom + " after the complaint was received " + received);
        }
        description = description == null ? "" : description;
        existing = existing == null ? List.of() : List.copyOf(existing);
    }

    /** The last day of the conduct: {@code conductTo}, or {@code conductFrom} for a single day. */
    public LocalDate conductEnd() {
        return conductTo == null ? conductFrom : conductTo;
    }

    public boolean hasSpecialReasonForOldMatter() {
        return specialReasonForOldMatter != null && !specialReasonForOldMatter.isBlank();
    }
}
