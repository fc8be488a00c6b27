package fi.valvonta.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A document filed with a complaint (the complaint letter, a statement, a reply). Only metadata here;
 * the bytes are in {@link AttachmentContent}, loaded when the document is opened.
 */
@Entity
@Table(name = "complaint_attachment")
public class ComplaintAttachment {

    public static final int FILE_NAME_LENGTH = 255;
    public static final int CONTENT_TYPE_LENGTH = 127;

    @Id
    @SequenceGenerator(name = "complaint_attachment_seq", sequenceName = "complaint_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_attachment_seq")
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = CONTENT_TYPE_LENGTH)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected ComplaintAttachment() {
        // for JPA
    }

    public ComplaintAttachment(long complaintId, String fileName, String contentType, long size, String sha256,
                               Instant uploadedAt, String uploadedBy) {
        this.complaintId = complaintId;
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
    }

    public Long id() { return id; }
    public long complaintId() { return complaintId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public String sha256() { return sha256; }
    public Instant uploadedAt() { return uploadedAt; }
    public String uploadedBy() { return uploadedBy; }
}
