package fi.valvonta.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link ComplaintAttachment}, kept apart so listing documents never loads them. */
@Entity
@Table(name = "complaint_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected AttachmentContent() {
        // for JPA
    }

    public AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
