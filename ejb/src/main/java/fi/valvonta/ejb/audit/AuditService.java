package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.security.Role;
import fi.valvonta.model.audit.AuditChain;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Reading the audit trail and the use log of any record: administrators and auditors. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class AuditService {

    @Inject
    private AuditTrail trail;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** The disclosure log (tiedonhallintalaki 17 §), newest first; of one type or record when given. */
    public List<DisclosureView> disclosures(AuditedType type, Long entityId, int max) {
        return trail.disclosures(type, entityId, max);
    }

    /** Checks the hash chains of the audit trail, the use log and the disclosure log. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verify() {
        try (Connection c = dataSource.getConnection()) {
            List<AuditVerification.ChainResult> results = new ArrayList<>();
            for (AuditChain chain : AuditChain.values()) {
                results.add(AuditVerification.ChainResult.of(ChainReader.verify(c, chain)));
            }
            return new AuditVerification(clock.instant(), results.stream().allMatch(AuditVerification.ChainResult::intact),
                    results);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit chains", e);
        }
    }

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
