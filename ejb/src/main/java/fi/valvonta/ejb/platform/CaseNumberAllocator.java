package fi.valvonta.ejb.platform;

import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.CaseNumberReservation;
import fi.valvonta.model.platform.UnavailableException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Hands out case numbers {@code PREFIX/n/year}, unique and gap-free per prefix and year: one diary for complaints
 * and measure cases. Every method locks the series' counter row (SELECT … FOR UPDATE) for its transaction, so
 * numbers of a series are handed out one at a time, also across nodes.
 * <ul>
 * <li>{@link #reserve} / {@link #claim} / {@link #release}: a registration reserves its number in a short transaction
 * of its own, then claims it in its registration transaction, or releases it when that fails. The counter stays
 * locked only for the reservation, not for the registration.</li>
 * <li>{@link #next}: a number taken in the caller's transaction, the counter locked until it commits (measure cases,
 * a few a day); a rollback takes the number with it.</li>
 * </ul>
 * Both take a released or abandoned reservation's number before a new one. A node gives back the reservations it
 * left unclaimed as it starts again ({@link #releaseLeftByThisNode}); a node that never comes back leaves them
 * abandoned, and they are taken over after {@link CaseNumberReservation#ABANDONED_AFTER}. Each node needs a name of
 * its own ({@code jboss.node.name}).
 */
@Stateless
@PermitAll
public class CaseNumberAllocator {

    /** Reservations age by the wall clock, not by the application's clock, which an administrator may set. */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    private static final String NODE = ServerNode.NAME;

    @PersistenceContext(unitName = "valvonta")
    private EntityManager em;

    @EJB
    private CaseNumberAllocator self;

    /**
     * Reserves the next number of the series in the caller's transaction, which should be short: the counter stays
     * locked until it commits.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CaseNumberReservation reserve(String prefix, int year) {
        int last = lockCounter(prefix, year);
        Instant now = WALL_CLOCK.instant();
        Optional<Integer> free = freeSerial(prefix, year, now);
        if (free.isPresent()) {
            CaseNumberReservation reservation = CaseNumberReservation.of(CaseNumber.of(prefix, free.get(), year));
            int taken = em.createNativeQuery("UPDATE case_number_reservation SET token = ?1, node = ?2, reserved_at = ?3,"
                            + " released = FALSE WHERE case_prefix = ?4 AND case_year = ?5 AND case_serial = ?6"
                            + " AND (released = TRUE OR reserved_at < ?7)")
                    .setParameter(1, reservation.token()).setParameter(2, NODE).setParameter(3, timestamp(now))
                    .setParameter(4, prefix).setParameter(5, year).setParameter(6, free.get())
                    .setParameter(7, timestamp(CaseNumberReservation.abandonedBefore(now))).executeUpdate();
            if (taken == 1) {
                return reservation;
            }
            // its registration claimed it after all (the row is gone): a new number below
        }
        CaseNumberReservation reservation = CaseNumberReservation.of(advance(prefix, last, year));
        em.createNativeQuery("INSERT INTO case_number_reservation (case_prefix, case_year, case_serial, token, node, reserved_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, prefix).setParameter(2, year).setParameter(3, reservation.number().serial())
                .setParameter(4, reservation.token()).setParameter(5, NODE).setParameter(6, timestamp(now)).executeUpdate();
        return reservation;
    }

    /**
     * Makes the reserved number the caller's: its reservation ends as the caller's transaction commits. Fails when
     * the reservation was abandoned and its number given to another registration meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CaseNumber claim(CaseNumberReservation reservation) {
        if (deleteReservation(reservation) != 1) {
            throw new UnavailableException("case-number.reservation-lost", "the reservation of " + reservation.number()
                    + " was abandoned and its number given to another registration; try again", null);
        }
        return reservation.number();
    }

    /**
     * Gives a reserved number back: a number at the top of its series goes back to the counter, with any released
     * ones below it; one below the top is taken by the series' next reservation.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void release(CaseNumberReservation reservation) {
        CaseNumber number = reservation.number();
        int last = lockCounter(number.prefix(), number.year());
        em.createNativeQuery("UPDATE case_number_reservation SET released = TRUE"
                        + " WHERE case_prefix = ?1 AND case_year = ?2 AND case_serial = ?3 AND token = ?4")
                .setParameter(1, number.prefix()).setParameter(2, number.year()).setParameter(3, number.serial())
                .setParameter(4, reservation.token()).executeUpdate();
        trimReleased(number.prefix(), number.year(), last);
    }

    /**
     * Gives back every number this node reserved and neither claimed nor released: its registrations ended when the
     * server stopped. For the node's start, before it registers anything; returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseLeftByThisNode() {
        List<?> series = em.createNativeQuery("SELECT DISTINCT case_prefix, case_year FROM case_number_reservation"
                + " WHERE node = ?1 AND released = FALSE ORDER BY case_prefix, case_year").setParameter(1, NODE).getResultList();
        int released = 0;
        for (Object row : series) {
            Object[] s = (Object[]) row;
            String prefix = (String) s[0];
            int year = ((Number) s[1]).intValue();
            int last = lockCounter(prefix, year);
            released += em.createNativeQuery("UPDATE case_number_reservation SET released = TRUE"
                            + " WHERE case_prefix = ?1 AND case_year = ?2 AND node = ?3 AND released = FALSE")
                    .setParameter(1, prefix).setParameter(2, year).setParameter(3, NODE).executeUpdate();
            trimReleased(prefix, year, last);
        }
        return released;
    }

    /** Numbers released at the top of a series go back to its counter. */
    private void trimReleased(String prefix, int year, int last) {
        int top = last;
        while (top > 0 && em.createNativeQuery("DELETE FROM case_number_reservation WHERE case_prefix = ?1 AND case_year = ?2"
                        + " AND case_serial = ?3 AND released = TRUE")
                .setParameter(1, prefix).setParameter(2, year).setParameter(3, top).executeUpdate() == 1) {
            top--;
        }
        if (top != last) {
            setLast(prefix, year, top);
        }
    }

    /**
     * The next number of the series, in the caller's transaction: the counter stays locked until it commits, and a
     * rollback takes the number with it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CaseNumber next(String prefix, int year) {
        int last = lockCounter(prefix, year);
        Instant now = WALL_CLOCK.instant();
        Optional<Integer> free = freeSerial(prefix, year, now);
        if (free.isPresent()) {
            int taken = em.createNativeQuery("DELETE FROM case_number_reservation WHERE case_prefix = ?1 AND case_year = ?2"
                            + " AND case_serial = ?3 AND (released = TRUE OR reserved_at < ?4)")
                    .setParameter(1, prefix).setParameter(2, year).setParameter(3, free.get())
                    .setParameter(4, timestamp(CaseNumberReservation.abandonedBefore(now))).executeUpdate();
            if (taken == 1) {
                return CaseNumber.of(prefix, free.get(), year);
            }
        }
        return advance(prefix, last, year);
    }

    /** The lowest number of the series given back or abandoned, if any. */
    private Optional<Integer> freeSerial(String prefix, int year, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT case_serial FROM case_number_reservation WHERE case_prefix = ?1"
                        + " AND case_year = ?2 AND (released = TRUE OR reserved_at < ?3) ORDER BY case_serial")
                .setParameter(1, prefix).setParameter(2, year)
                .setParameter(3, timestamp(CaseNumberReservation.abandonedBefore(now)))
                .setMaxResults(1).getResultList();
        return rows.stream().map(r -> ((Number) r).intValue()).findFirst();
    }

    private CaseNumber advance(String prefix, int last, int year) {
        int serial = last + 1;
        setLast(prefix, year, serial);
        return CaseNumber.of(prefix, serial, year);
    }

    private void setLast(String prefix, int year, int serial) {
        em.createNativeQuery("UPDATE case_number_counter SET last_serial = ?1 WHERE case_prefix = ?2 AND case_year = ?3")
                .setParameter(1, serial).setParameter(2, prefix).setParameter(3, year).executeUpdate();
    }

    private int deleteReservation(CaseNumberReservation reservation) {
        CaseNumber number = reservation.number();
        return em.createNativeQuery("DELETE FROM case_number_reservation WHERE case_prefix = ?1 AND case_year = ?2"
                        + " AND case_serial = ?3 AND token = ?4")
                .setParameter(1, number.prefix()).setParameter(2, number.year()).setParameter(3, number.serial())
                .setParameter(4, reservation.token()).executeUpdate();
    }

    /** Locks the series' counter row for the transaction and reads its last number; the series' first use creates it. */
    private int lockCounter(String prefix, int year) {
        Optional<Integer> last = lockedLast(prefix, year);
        if (last.isEmpty()) {
            try {
                self.createCounter(prefix, year);
            } catch (EJBException | PersistenceException e) {
                // a parallel transaction created the row first: it is committed, lock it below
            }
            last = lockedLast(prefix, year);
        }
        return last.orElseThrow(() -> new IllegalStateException("no case number counter for " + prefix + "/" + year));
    }

    private Optional<Integer> lockedLast(String prefix, int year) {
        List<?> rows = em.createNativeQuery(
                        "SELECT last_serial FROM case_number_counter WHERE case_prefix = ?1 AND case_year = ?2 FOR UPDATE")
                .setParameter(1, prefix).setParameter(2, year).getResultList();
        return rows.stream().map(r -> ((Number) r).intValue()).findFirst();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The first number of a series creates its counter, committed at once so others can lock it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(String prefix, int year) {
        em.createNativeQuery("INSERT INTO case_number_counter (case_prefix, case_year, last_serial) VALUES (?1, ?2, 0)")
                .setParameter(1, prefix).setParameter(2, year).executeUpdate();
    }
}
