package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.audit.AuditedType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * A send that Suomi.fi Messages refused or did not answer leaves nothing of itself on the measure (its
 * transaction rolls back), but the attempt is kept on the measure's audit trail, in a transaction of its own.
 */
@Stateless
@PermitAll
public class DeliveryFailures {

    @Inject
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long measureId, String what) {
        audit.recordChange(AuditedType.MEASURE, measureId, "ELECTRONIC_SERVICE_FAILED", null, what);
    }
}
