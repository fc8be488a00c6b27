package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.ComplaintAttachment;

import java.time.Instant;

/** A document of a complaint, without its bytes. */
public record AttachmentView(long id, String fileName, String contentType, long size, String sha256,
                             Instant uploadedAt, String uploadedBy) {

    static AttachmentView of(ComplaintAttachment a) {
        return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedAt(), a.uploadedBy());
    }
}
