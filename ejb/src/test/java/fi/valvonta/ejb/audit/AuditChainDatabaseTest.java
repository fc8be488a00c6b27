package fi.valvonta.ejb.audit;

import fi.valvonta.ejb.platform.DatabaseMigrator;
import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.AuditRecord;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainLink;
import fi.valvonta.model.audit.HashChain;
import fi.valvonta.model.audit.ChainVerification;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations on an in-memory H2 as the server runs them: rows written before the chains are sealed in
 * the order they happened, the tables refuse UPDATE and DELETE, and a change made around the trigger is found.
 */
class AuditChainDatabaseTest {

    private String url;
    private Connection c;

    @BeforeEach
    void migrateWithRowsFromBeforeTheChains() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        c = DriverManager.getConnection(url, "sa", "sa");
        flyway("7").migrate();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_record (id, occurred_at, actor, entity_type, entity_id, action, before_summary, after_summary) "
                    + "VALUES (20, TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00.123456+00', 'admin', 'AppUser', 7, 'CREATED', NULL, 'x')");
            s.execute("INSERT INTO audit_record (id, occurred_at, actor, entity_type, entity_id, action, before_summary, after_summary) "
                    + "VALUES (10, TIMESTAMP WITH TIME ZONE '2026-01-03 10:00:00+00', 'admin', 'AppUser', 7, 'CHANGED', 'x', 'y')");
            s.execute("INSERT INTO use_log (id, occurred_at, actor, entity_type, entity_id, channel) "
                    + "VALUES (5, TIMESTAMP WITH TIME ZONE '2026-01-03 11:00:00+00', 'auditor', 'Complaint', 1000, 'api')");
        }
        flyway(null).migrate();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration")
                .placeholders(DatabaseMigrator.placeholdersFor("h2")).javaMigrations(new AuditChainSealing());
        return (target == null ? config : config.target(target)).load();
    }

    @Test
    void readingAChainGivesTheConnectionBackAsItFoundIt() throws SQLException {
        assertTrue(ChainReader.verify(c, AuditChain.AUDIT_RECORD).intact());
        assertTrue(c.getAutoCommit(), "an auto-committing connection is read in a transaction of its own, then given back");
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE audit_chain_head SET last_hash = last_hash WHERE chain_name = 'use_log'");
        }
        assertTrue(ChainReader.verify(c, AuditChain.AUDIT_RECORD).intact());
        assertFalse(c.getAutoCommit(), "the caller's transaction stays the caller's");
        c.commit();
        c.setAutoCommit(true);
    }

    @Test
    void rowsFromBeforeTheChainsAreSealedInTheOrderTheyHappened() throws SQLException {
        ChainVerification audit = ChainReader.verify(c, AuditChain.AUDIT_RECORD);
        assertTrue(audit.intact(), audit::toString);
        assertEquals(2, audit.rows());
        assertEquals(1, ChainReader.verify(c, AuditChain.USE_LOG).rows());
        assertTrue(ChainReader.verify(c, AuditChain.DISCLOSURE_LOG).intact());
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM audit_record WHERE chain_seq = 1")) {
            rs.next();
            assertEquals(20, rs.getLong(1));
        }
    }

    @Test
    void theDatabaseRefusesUpdateAndDelete() throws SQLException {
        execute("INSERT INTO disclosure_log (id, occurred_at, actor, entity_type, entity_id, channel, kind, document, recipient, purpose) "
                + "VALUES (1, CURRENT_TIMESTAMP, 'tarkastaja', 'Complaint', 1000, 'api', 'DOCUMENT', 'a.pdf', 'tarkastaja', 'case handling')");
        for (AuditChain chain : AuditChain.values()) {
            assertThrows(SQLException.class, () -> execute("UPDATE " + chain.table() + " SET actor = 'someone'"), chain::table);
            assertThrows(SQLException.class, () -> execute("DELETE FROM " + chain.table()), chain::table);
        }
    }

    @Test
    void anEditMadeAroundTheTriggerIsFoundAtItsRow() throws SQLException {
        execute("DROP TRIGGER audit_record_append_only");
        execute("UPDATE audit_record SET actor = 'someone' WHERE chain_seq = 2");

        ChainVerification v = ChainReader.verify(c, AuditChain.AUDIT_RECORD);
        assertFalse(v.intact());
        assertEquals(2L, v.brokenAtSeq());
        assertEquals(10L, v.brokenAtId());
        assertEquals(ChainVerification.Problem.CONTENT_CHANGED, v.problem());
        assertTrue(AuditChainVerifier.describe(v).startsWith("audit_record: BROKEN in strand 0 at position 2 (id 10): CONTENT_CHANGED"));
    }

    @Test
    void aDeletedRowIsFound() throws SQLException {
        execute("DROP TRIGGER audit_record_append_only");
        execute("DELETE FROM audit_record WHERE chain_seq = 1");

        ChainVerification v = ChainReader.verify(c, AuditChain.AUDIT_RECORD);
        assertEquals(2L, v.brokenAtSeq());
        assertEquals(ChainVerification.Problem.POSITION_GAP, v.problem());
    }

    @Test
    void aRowInsertedBesideTheChainIsFound() throws SQLException {
        execute("INSERT INTO use_log (id, occurred_at, actor, entity_type, entity_id, channel) "
                + "VALUES (6, CURRENT_TIMESTAMP, 'intruder', 'Complaint', 1000, 'api')");

        ChainVerification v = ChainReader.verify(c, AuditChain.USE_LOG);
        assertEquals(6L, v.brokenAtId());
        assertEquals(ChainVerification.Problem.UNSEALED, v.problem());
    }

    @Test
    void aCommitAppendsToAStrandNoOtherCommitHoldsAndTheLogStaysIntact() throws SQLException {
        try (Connection first = DriverManager.getConnection(url, "sa", "sa");
             Connection second = DriverManager.getConnection(url, "sa", "sa")) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            var firstHead = ChainWriter.lockHeads(first, List.of(AuditChain.AUDIT_RECORD)).get(AuditChain.AUDIT_RECORD);
            // without waiting for the first commit: SKIP LOCKED gives the second the next strand
            var secondHead = ChainWriter.lockHeads(second, List.of(AuditChain.AUDIT_RECORD)).get(AuditChain.AUDIT_RECORD);
            assertEquals(0, firstHead.strand());
            assertEquals(1, secondHead.strand());
            append(second, secondHead, 30, "second");
            append(first, firstHead, 31, "first");
        }
        ChainVerification v = ChainReader.verify(c, AuditChain.AUDIT_RECORD);
        assertTrue(v.intact(), v::toString);
        assertEquals(4, v.rows());
        try (Statement s = c.createStatement(); var rs = s.executeQuery(
                "SELECT chain_strand, chain_seq FROM audit_record WHERE id = 30")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals(1, rs.getLong(2), "the first row of strand 1");
        }
    }

    /** One audit record appended to a locked strand as the server does it, then committed. */
    private static void append(Connection conn, ChainReader.StrandHead head, long id, String summary) throws SQLException {
        AuditRecord record = new AuditRecord(Instant.parse("2026-12-03T08:00:00Z"), "admin", "AppUser", 7L, "CHANGED",
                null, summary);
        ChainLink link = HashChain.next(head.head(), record.chainContent());
        ChainWriter.insert(conn, AuditChain.AUDIT_RECORD, head.strand(), List.of(record), List.of(link), List.of(id));
        ChainWriter.moveHead(conn, AuditChain.AUDIT_RECORD, head.strand(), new ChainHead(link.seq(), link.hash()));
        conn.commit();
    }

    @Test
    void aRowInAStrandWithoutAHeadIsFound() throws SQLException {
        execute("INSERT INTO audit_record (id, occurred_at, actor, entity_type, entity_id, action, chain_strand, chain_seq, "
                + "prev_hash, row_hash) VALUES (40, CURRENT_TIMESTAMP, 'intruder', 'AppUser', 7, 'CHANGED', 9, 1, 'x', 'y')");

        ChainVerification v = ChainReader.verify(c, AuditChain.AUDIT_RECORD);
        assertFalse(v.intact());
        assertEquals(9, v.brokenAtStrand());
        assertEquals(ChainVerification.Problem.STRAND_MISSING, v.problem());
    }

    @Test
    void aRemovedStrandIsFound() throws SQLException {
        execute("DELETE FROM audit_chain_head WHERE log_name = 'use_log' AND strand = 3");

        ChainVerification v = ChainReader.verify(c, AuditChain.USE_LOG);
        assertEquals(3, v.brokenAtStrand());
        assertEquals(ChainVerification.Problem.STRAND_MISSING, v.problem());
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
