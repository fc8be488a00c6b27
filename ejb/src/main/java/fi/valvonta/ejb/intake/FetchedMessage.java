package fi.valvonta.ejb.intake;

import java.time.Instant;
import java.util.List;

/**
 * One message as read from the mailbox. {@code messageId} is the Message-ID header or, for a message
 * without one, {@code sha256:} and the hash of its raw bytes; {@code problem} names what could not be read.
 */
public record FetchedMessage(String messageId, Instant arrivedAt, String senderAddress, String senderName,
                             String subject, String body, String problem, List<File> attachments) {

    public FetchedMessage {
        attachments = List.copyOf(attachments);
    }

    /** A file of the message. */
    public record File(String fileName, String contentType, byte[] content) {
    }
}
