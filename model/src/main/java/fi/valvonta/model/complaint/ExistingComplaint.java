package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.CaseNumber;
import java.time.LocalDate;
import java.util.Objects;

/** Summary of a registered complaint, for the duplicate check. {@code complainantKey} is null when anonymous. */
public record ExistingComplaint(CaseNumber caseNumber, String complainantKey, long entityId,
                                LocalDate conductFrom, LocalDate conductTo) {

    public ExistingComplaint {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(conductFrom, "conductFrom");
    }

    /** The last day of the conduct: {@code conductTo}, or {@code conductFrom} for a single day. */
    public LocalDate conductEnd() {
        return conductTo == null ? conductFrom : conductTo;
    }
}
