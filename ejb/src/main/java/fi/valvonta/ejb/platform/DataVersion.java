package fi.valvonta.ejb.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The version of the registers' data as the database stands: the sum of the last positions of the audit trail's
 * strands. Every change of a register writes its audit record in the change's own transaction and moves one strand's
 * head on with it ({@link fi.valvonta.ejb.audit.AuditTrail}), so the sum grows exactly when committed data changes, on whichever
 * node of a cluster the change was made. A figure derived from the data and read after this version is at least as
 * new as the version: {@link DerivedCache} keeps such figures under it.
 * <p>
 * Within a {@link ReadingRequest} (a page: its bean's lists, the table's total, its page of rows, each a service call
 * of its own) the version is read once and the request's later readers take that reading, as if they had all read at
 * its start, until the request records a change of its own.
 */
@Dependent
public class DataVersion {

    @PersistenceContext(unitName = "valvonta")
    EntityManager em;

    /** Read before the data a cached figure is computed from. */
    public long current() {
        return ReadingRequest.version(this::read);
    }

    private long read() {
        Object seq = em.createNativeQuery("SELECT SUM(last_seq) FROM audit_chain_head WHERE log_name = 'audit_record'")
                .getSingleResult();
        return ((Number) seq).longValue();
    }
}
