package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.RuleViolationException;

import java.util.Objects;

/**
 * A document as a case file takes it: a file name of 1–255 characters (path separators, control characters
 * and quotes replaced), content that is not empty, at most the configured size, and of a type recognised by
 * its content ({@link DocumentType}), never by the name or the type the sender gave.
 */
public record DocumentUpload(String fileName, byte[] content, DocumentType type) {

    public DocumentUpload {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(content);
        Objects.requireNonNull(type);
    }

    /** Checks a document sent as {@code fileName} with {@code content}, at most {@code maxBytes}. */
    public static DocumentUpload of(String fileName, byte[] content, long maxBytes) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty() || name.length() > ComplaintAttachment.FILE_NAME_LENGTH) {
            throw new RuleViolationException("attachment.file-name", "fileName", "a document has a file name of 1–255 characters");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolationException("attachment.empty", "content", "the document is empty");
        }
        if (content.length > maxBytes) {
            throw new RuleViolationException("attachment.too-large", "content", "a document is at most " + maxBytes + " bytes");
        }
        DocumentType type = DocumentType.detect(content).orElseThrow(() -> new RuleViolationException(
                "attachment.type-not-allowed", "content",
                "a document is a PDF, PNG, JPEG, Word (DOCX), OpenDocument text (ODT) or plain UTF-8 text file"));
        return new DocumentUpload(name, content, type);
    }

    public long size() {
        return content.length;
    }
}
