package fi.valvonta.model.intake;

import fi.valvonta.model.complaint.ComplaintAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file that came with an {@link IncomingMessage}; it becomes a complaint attachment on registration. */
@Entity
@Table(name = "incoming_attachment")
public class IncomingAttachment {

    @Id
    @SequenceGenerator(name = "incoming_attachment_seq", sequenceName = "incoming_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_attachment_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id", nullable = false)
    private IncomingMessage message;

    @Column(name = "file_name", nullable = false, length = ComplaintAttachment.FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = ComplaintAttachment.CONTENT_TYPE_LENGTH)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected IncomingAttachment() {
        // for JPA
    }

    IncomingAttachment(IncomingMessage message, String fileName, String contentType, byte[] content) {
        this.message = message;
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
        this.fileName = name.length() > ComplaintAttachment.FILE_NAME_LENGTH
                ? name.substring(name.length() - ComplaintAttachment.FILE_NAME_LENGTH) : name;
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
        this.contentType = type.length() > ComplaintAttachment.CONTENT_TYPE_LENGTH
                ? "application/octet-stream" : type;
        this.content = content.clone();
        this.sizeBytes = content.length;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }
}
