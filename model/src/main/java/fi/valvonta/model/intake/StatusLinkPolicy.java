package fi.valvonta.model.intake;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.platform.ConflictException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a status link works and what it lets its holder add. The link works while the case is open and
 * for {@code retentionAfterClose} after it closed (closed, not investigated, transferred or withdrawn: a
 * terminal state, entered at the complaint's last state change); then it is as unknown as a wrong one.
 * Documents may be added through it for {@code uploadWindow} after the complaint was sent, at most
 * {@code maxDocuments} in all, and only while the case file takes documents.
 */
public record StatusLinkPolicy(Duration retentionAfterClose, Duration uploadWindow, int maxDocuments) {

    /** The defaults: 30 days after closing, one hour to add at most 5 documents. */
    public static final StatusLinkPolicy DEFAULT = new StatusLinkPolicy(Duration.ofDays(30), Duration.ofHours(1), 5);

    public StatusLinkPolicy {
        Objects.requireNonNull(retentionAfterClose, "retentionAfterClose");
        Objects.requireNonNull(uploadWindow, "uploadWindow");
        if (retentionAfterClose.isNegative() || uploadWindow.isNegative() || maxDocuments < 0) {
            throw new IllegalArgumentException("durations and the number of documents are not negative");
        }
    }

    /** When the link stops working: empty while the case is open; the closing plus the retention once closed. */
    public Optional<Instant> expiresAt(ComplaintState state, Instant stateChangedAt) {
        return state.isTerminal() ? Optional.of(stateChangedAt.plus(retentionAfterClose)) : Optional.empty();
    }

    /** Whether the link has stopped working at {@code now} (from the moment of expiry on). */
    public boolean isExpired(ComplaintState state, Instant stateChangedAt, Instant now) {
        return expiresAt(state, stateChangedAt).map(at -> !now.isBefore(at)).orElse(false);
    }

    /** The end of the time for adding documents to a complaint sent at {@code sentAt}. */
    public Instant documentsUntil(Instant sentAt) {
        return sentAt.plus(uploadWindow);
    }

    /** How many more documents may be added now (0 when the window has closed). */
    public int documentsRemaining(Instant sentAt, int added, Instant now) {
        return now.isBefore(documentsUntil(sentAt)) ? Math.max(0, maxDocuments - added) : 0;
    }

    /** Refuses a further document when the time for them has passed or the most allowed were added. */
    public void requireDocumentAllowed(Instant sentAt, int added, Instant now) {
        if (!now.isBefore(documentsUntil(sentAt))) {
            throw new ConflictException("public-complaint.documents-closed",
                    "documents are added within " + uploadWindow + " of sending the complaint; send more by the agency's e-mail or mail");
        }
        if (added >= maxDocuments) {
            throw new ConflictException("public-complaint.too-many-documents",
                    "at most " + maxDocuments + " documents are added through the e-service");
        }
    }
}
