package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Reading the audit trail and the use log of any record: administrators and auditors. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class AuditService {

    @Inject
    private AuditTrail trail;

    public List<AuditEntry> trailOf(AuditedType type, long entityId) {
        return trail.trailOf(type, entityId);
    }

    /** Who has viewed the record (tiedonhallintalaki 906/2019 17 §: use log of personal data). */
    public List<UseLogView> useLogOf(AuditedType type, long entityId) {
        return trail.useLogOf(type, entityId);
    }

    /** How many times a record with personal data was viewed (the use log, tiedonhallintalaki 17 §). */
    public long viewsOf(AuditedType type, long entityId) {
        return trail.viewsOf(type, entityId);
    }
}
