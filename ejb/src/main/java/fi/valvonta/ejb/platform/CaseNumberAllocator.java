package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.CaseNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.List;

/**
 * Hands out case numbers {@code PREFIX/n/year}, unique and gap-free per prefix and year. The counter
 * row is locked (SELECT … FOR UPDATE) and incremented in the registration's own transaction: parallel
 * registrations queue on the row, and a registration that rolls back takes its increment with it.
 * Callers take the number as late as they can, so the lock is held only until their commit.
 */
@Stateless
@PermitAll
public class CaseNumberAllocator {

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @EJB
    private CaseNumberAllocator self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CaseNumber next(String prefix, int year) {
        Integer last = lockCounter(prefix, year);
        if (last == null) {
            try {
                self.createCounter(prefix, year);
            } catch (EJBException | PersistenceException e) {
                // a parallel registration created the row first: it is committed, lock it below
            }
            last = lockCounter(prefix, year);
            if (last == null) {
                throw new IllegalStateException("no case number counter for " + prefix + "/" + year);
            }
        }
        int serial = last + 1;
        em.createNativeQuery("UPDATE case_number_counter SET last_serial = ?1 WHERE case_prefix = ?2 AND case_year = ?3")
                .setParameter(1, serial).setParameter(2, prefix).setParameter(3, year).executeUpdate();
        return CaseNumber.of(prefix, serial, year);
    }

    private Integer lockCounter(String prefix, int year) {
        List<?> rows = em.createNativeQuery(
                        "SELECT last_serial FROM case_number_counter WHERE case_prefix = ?1 AND case_year = ?2 FOR UPDATE")
                .setParameter(1, prefix).setParameter(2, year).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    /** The first registration of a year creates its counter, committed at once so others can lock it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(String prefix, int year) {
        em.createNativeQuery("INSERT INTO case_number_counter (case_prefix, case_year, last_serial) VALUES (?1, ?2, 0)")
                .setParameter(1, prefix).setParameter(2, year).executeUpdate();
    }
}
