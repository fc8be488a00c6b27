package fi.valvonta.ejb.intake;

import fi.valvonta.model.intake.IncomingAttachment;
import fi.valvonta.model.intake.IncomingMessage;
import fi.valvonta.model.intake.IntakeAction;
import fi.valvonta.model.intake.IntakeState;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One message of the e-mail queue with its text, files and what the caller may do with it. */
public record IntakeDetail(long id, long version, String messageId, Instant importedAt, Instant arrivedAt,
                           String senderAddress, String senderName, String subject, String body, String problem,
                           IntakeState state, Long complaintId, String discardReason, String handledBy,
                           Instant handledAt, List<File> attachments, Set<IntakeAction> allowedActions) {

    /** A file of the message (its bytes at {@code GET /intake/{id}/attachments/{fileId}}). */
    public record File(long id, String fileName, String contentType, long sizeBytes) {
        static File of(IncomingAttachment a) {
            return new File(a.id(), a.fileName(), a.contentType(), a.sizeBytes());
        }
    }

    static IntakeDetail of(IncomingMessage m, Set<IntakeAction> allowed) {
        return new IntakeDetail(m.id(), m.version(), m.messageId(), m.importedAt(), m.arrivedAt().orElse(null),
                m.senderAddress().orElse(null), m.senderName().orElse(null), m.subject().orElse(null), m.body(),
                m.problem().orElse(null), m.state(), m.complaintId().orElse(null), m.discardReason().orElse(null),
                m.handledBy().orElse(null), m.handledAt().orElse(null),
                m.attachments().stream().map(File::of).toList(), allowed);
    }
}
