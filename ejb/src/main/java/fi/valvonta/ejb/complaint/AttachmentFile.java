package fi.valvonta.ejb.complaint;

/** A document's bytes, served as a download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
