package fi.valvonta.it.platform;

import fi.valvonta.ejb.platform.CaseNumberAllocator;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.CaseNumberReservation;
import fi.valvonta.model.platform.UnavailableException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Runs inside the server, on its database (H2 or PostgreSQL): case numbers reserved in short transactions of their
 * own, claimed by the registration that reserved them or given back, stay gap-free: a number given back goes to
 * the next reservation, one at the top of its series back to the counter, and a reservation abandoned by a stopped
 * server to the next registration, after which the late claim fails. Each test numbers a series of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CaseNumberReservationIT {

    private static final int YEAR = 2026;

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(CaseNumberReservationIT.class);
    }

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/CaseNumberAllocator")
    CaseNumberAllocator numbers;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource db;

    @Test
    void aNumberGivenBackGoesToTheNextReservation() throws Exception {
        String series = newSeries();
        CaseNumberReservation first = reserve(series);
        CaseNumberReservation second = reserve(series);
        CaseNumberReservation third = reserve(series);
        assertEquals(List.of(1, 2, 3), List.of(serial(first), serial(second), serial(third)));
        claim(first);
        release(second);
        claim(third);
        CaseNumberReservation next = reserve(series);
        assertEquals(2, serial(next), "the number given back, before a new one");
        assertNotEquals(second.token(), next.token());
        claim(next);
        assertEquals(4, serial(reserve(series)));
        assertEquals(4, lastSerial(series));
    }

    @Test
    void numbersGivenBackAtTheTopGoBackToTheCounter() throws Exception {
        String series = newSeries();
        CaseNumberReservation first = reserve(series);
        CaseNumberReservation second = reserve(series);
        CaseNumberReservation third = reserve(series);
        claim(first);
        release(second); // below the top: waits for the next reservation
        assertEquals(3, lastSerial(series));
        release(third); // the top: back to the counter, and the one below it with it
        assertEquals(1, lastSerial(series));
        assertEquals(0, reservations(series));
        assertEquals(2, serial(reserve(series)));
    }

    @Test
    void anAbandonedReservationGoesToTheNextRegistrationAndItsLateClaimFails() throws Exception {
        String series = newSeries();
        CaseNumberReservation abandoned = reserve(series);
        CaseNumberReservation recent = reserve(series);
        age(series, serial(abandoned), CaseNumberReservation.ABANDONED_AFTER.plusMinutes(1).toMinutes());
        age(series, serial(recent), CaseNumberReservation.ABANDONED_AFTER.minusMinutes(1).toMinutes());
        CaseNumberReservation takenOver = reserve(series);
        assertEquals(1, serial(takenOver), "the abandoned number, before a new one");
        assertEquals(3, serial(reserve(series)), "a reservation younger than ten minutes is not taken over");
        tx.begin();
        try {
            assertThrows(UnavailableException.class, () -> numbers.claim(abandoned));
        } finally {
            tx.rollback();
        }
        claim(takenOver);
        claim(recent);
    }

    @Test
    void aNodeStartingAgainGivesBackWhatItLeftReservedButNotOtherNodesReservations() throws Exception {
        numbers.releaseLeftByThisNode(); // what the other tests left reserved
        String series = newSeries();
        claim(reserve(series));
        CaseNumberReservation left = reserve(series);
        CaseNumberReservation othersBelow = reserve(series);
        CaseNumberReservation othersAtTheTop = reserve(series);
        CaseNumberReservation leftAtTheTop = reserve(series);
        moveToAnotherNode(series, serial(othersBelow));
        moveToAnotherNode(series, serial(othersAtTheTop));
        assertEquals(2, numbers.releaseLeftByThisNode(), "this node's two, not the other node's");
        assertEquals(4, lastSerial(series), "the top one back to the counter");
        assertEquals(3, reservations(series), "2 given back, 3 and 4 the other node's");
        assertEquals(serial(left), serial(reserve(series)), "the one given back first");
        assertEquals(5, serial(reserve(series)));
        claim(othersBelow);
        tx.begin();
        try {
            assertThrows(UnavailableException.class, () -> numbers.claim(left), "given back: its registration is over");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aNumberInTheCallersTransactionTakesOneGivenBackFirstAndRollsBackWithIt() throws Exception {
        String series = newSeries();
        CaseNumberReservation first = reserve(series);
        claim(reserve(series));
        release(first);
        tx.begin();
        try {
            assertEquals(1, numbers.next(series, YEAR).serial());
        } finally {
            tx.rollback();
        }
        assertEquals(1, reservations(series), "the rollback left the number given back");
        tx.begin();
        CaseNumber taken = numbers.next(series, YEAR);
        tx.commit();
        assertEquals(1, taken.serial());
        tx.begin();
        CaseNumber fresh = numbers.next(series, YEAR);
        tx.commit();
        assertEquals(3, fresh.serial());
        assertEquals(0, reservations(series));
    }

    @Test
    void parallelReservationsClaimedOrGivenBackLeaveNoGap() throws Exception {
        String series = newSeries();
        int registrations = 40;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < registrations; i++) {
            boolean fails = i % 3 == 0;
            calls.add(() -> {
                // a registration that fails gives its number back and is retried, as a user would
                CaseNumberReservation r = reserve(series);
                if (fails) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                    release(r);
                    r = reserve(series);
                }
                claim(r);
                return serial(r);
            });
        }
        List<Future<Integer>> futures = calls.stream().map(executor::submit).toList();
        TreeSet<Integer> claimed = new TreeSet<>();
        for (Future<Integer> f : futures) {
            claimed.add(f.get(60, TimeUnit.SECONDS));
        }
        assertEquals(IntStream.rangeClosed(1, registrations).boxed().collect(Collectors.toCollection(TreeSet::new)), claimed,
                "each number once, none missing");
        assertEquals(registrations, lastSerial(series));
        assertEquals(0, reservations(series));
    }

    private CaseNumberReservation reserve(String series) throws Exception {
        tx.begin();
        try {
            CaseNumberReservation r = numbers.reserve(series, YEAR);
            tx.commit();
            return r;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private void claim(CaseNumberReservation r) throws Exception {
        tx.begin();
        numbers.claim(r);
        tx.commit();
    }

    private void release(CaseNumberReservation r) throws Exception {
        tx.begin();
        numbers.release(r);
        tx.commit();
    }

    private static int serial(CaseNumberReservation r) {
        return r.number().serial();
    }

    /** A series no other test numbers: a prefix of random letters. */
    private static String newSeries() {
        return "IT" + ThreadLocalRandom.current().ints(8, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private int lastSerial(String series) throws Exception {
        return count("SELECT last_serial FROM case_number_counter WHERE case_prefix = ? AND case_year = " + YEAR, series);
    }

    private int reservations(String series) throws Exception {
        return count("SELECT COUNT(*) FROM case_number_reservation WHERE case_prefix = ? AND case_year = " + YEAR, series);
    }

    private int count(String sql, String series) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, series);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void moveToAnotherNode(String series, int serial) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE case_number_reservation SET node = 'another-node' WHERE case_prefix = ? AND case_year = ? AND case_serial = ?")) {
            ps.setString(1, series);
            ps.setInt(2, YEAR);
            ps.setInt(3, serial);
            assertEquals(1, ps.executeUpdate());
        }
    }

    /** As if the reservation had been made {@code minutes} ago. */
    private void age(String series, int serial, long minutes) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE case_number_reservation SET reserved_at = ? WHERE case_prefix = ? AND case_year = ? AND case_serial = ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(Instant.now().minusSeconds(minutes * 60), ZoneOffset.UTC));
            ps.setString(2, series);
            ps.setInt(3, YEAR);
            ps.setInt(4, serial);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
