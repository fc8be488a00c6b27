package fi.valvonta.ejb.complaint;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.DisclosureKind;
import fi.valvonta.model.complaint.AttachmentContent;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ComplaintAttachment;
import fi.valvonta.model.complaint.DocumentUpload;
import fi.valvonta.model.platform.NotFoundException;
import fi.valvonta.model.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * The documents of a complaint's case file: adding one (the registry and inspectors), and opening one,
 * which is use-logged like viewing the case (tiedonhallintalaki 17 §).
 */
@Stateless
@RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME, Role.DECISION_MAKER_NAME, Role.AUDITOR_NAME})
public class ComplaintDocumentService {

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    @Inject
    ComplaintStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ComplaintSettings settings;

    @Resource
    SessionContext context;

    /** The largest document accepted, in bytes. */
    public long attachmentLimit() {
        return settings.attachmentMaxBytes();
    }

    @RolesAllowed({Role.REGISTRAR_NAME, Role.INSPECTOR_NAME})
    public AttachmentView addAttachment(long complaintId, String fileName, byte[] content) {
        Complaint c = store.get(complaintId);
        // the type is what the content is, never what the sender says it is
        DocumentUpload upload = DocumentUpload.of(fileName, content, settings.attachmentMaxBytes());
        c.requireOpenForDocuments();
        String type = upload.type().mediaType();
        ComplaintAttachment a = new ComplaintAttachment(c.id(), upload.fileName(), type, upload.size(),
                Sha256.hex(upload.content()), clock.instant(), context.getCallerPrincipal().getName());
        em.persist(a);
        em.flush();
        em.persist(new AttachmentContent(a.id(), upload.content()));
        audit.recordChange(c.auditedType(), c.auditedId(), "DOCUMENT_ADDED", null,
                "document " + a.id() + " (" + type + ", " + upload.size() + " bytes, sha256 " + a.sha256() + ")");
        return AttachmentView.of(a);
    }

    /**
     * A document's bytes: opening it is use-logged like viewing the case, and as the file leaves the system
     * it is a disclosure, logged with its recipient and purpose (tiedonhallintalaki 17 §): those the caller
     * names, or the caller and the default purpose.
     */
    public AttachmentFile attachment(long complaintId, long attachmentId, AuditChannel channel, String recipient, String purpose) {
        ComplaintAttachment a = em.find(ComplaintAttachment.class, attachmentId);
        if (a == null || a.complaintId() != complaintId) {
            throw new NotFoundException("document", attachmentId);
        }
        audit.recordView(AuditedType.COMPLAINT, complaintId, channel);
        audit.recordDisclosure(AuditedType.COMPLAINT, complaintId, DisclosureKind.DOCUMENT,
                "document " + a.id() + " " + a.fileName(), channel,
                audit.disclosureBy(recipient, purpose));
        return new AttachmentFile(a.fileName(), a.contentType(), em.find(AttachmentContent.class, attachmentId).content());
    }
}
