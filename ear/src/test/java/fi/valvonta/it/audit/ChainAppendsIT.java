package fi.valvonta.it.audit;

import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.ejb.audit.ChainReader;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.ChainVerification;
import fi.valvonta.model.audit.AuditedType;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server, on its database (H2 or PostgreSQL): log entries are chained when their transaction
 * commits. A transaction that appended and is still running holds no head lock, so others append and commit
 * meanwhile; the chain takes entries in commit order, gap-free and intact, also under parallel appends; a rolled
 * back transaction leaves neither rows nor a moved head.
 */
@ExtendWith(ArquillianExtension.class)
class ChainAppendsIT {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(ChainAppendsIT.class);
    }

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/AuditTrail")
    AuditTrail audit;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource db;

    @Test
    void aRunningTransactionDoesNotHoldUpOthersAppendsAndTheChainFollowsCommitOrder() throws Exception {
        String slow = "slow-" + UUID.randomUUID();
        String quick = "quick-" + UUID.randomUUID();
        tx.begin();
        Future<?> other;
        try {
            audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 0, "CHAIN_CHECK", null, slow);
            audit.recordView(AuditedType.COMPLAINT, 0, AuditChannel.API);
            other = executor.submit(() -> appendAlone(quick));
            // before, the first append locked the head to this transaction's end: the other one waited for it
            other.get(20, TimeUnit.SECONDS);
            assertEquals(-1, seqOf(slow), "not written before its transaction commits");
            assertTrue(seqOf(quick) > 0, "the other transaction's entry is in the chain already");
        } finally {
            tx.commit();
        }
        // one commit at a time, both take the first free strand: commit order, right after the other one
        assertEquals(seqOf(quick + "-second") + 1, seqOf(slow), "chained in commit order, right after the other one");
        assertIntact();
    }

    @Test
    void aRolledBackTransactionLeavesNoRowsAndTheHeadWhereItWas() throws Exception {
        String marker = "rolled-back-" + UUID.randomUUID();
        long head = headOf("audit_record");
        tx.begin();
        try {
            audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 0, "CHAIN_CHECK", null, marker);
        } finally {
            tx.rollback();
        }
        assertEquals(-1, seqOf(marker));
        assertEquals(head, headOf("audit_record"));
    }

    @Test
    void parallelAppendsStayGapFreeAndIntact() throws Exception {
        long head = headOf("audit_record");
        List<Future<?>> appends = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String marker = "parallel-" + i + "-" + UUID.randomUUID();
            appends.add(executor.submit(() -> appendAlone(marker)));
        }
        for (Future<?> f : appends) {
            f.get(60, TimeUnit.SECONDS);
        }
        assertTrue(headOf("audit_record") >= head + 24);
        assertIntact();
    }

    /** One change with its audit record in a transaction of its own: another user's request. */
    private Void appendAlone(String marker) throws Exception {
        tx.begin();
        try {
            audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 0, "CHAIN_CHECK", null, marker);
            audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 0, "CHAIN_CHECK", null, marker + "-second");
            tx.commit();
            return null;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private void assertIntact() throws SQLException {
        try (Connection c = db.getConnection()) {
            for (AuditChain chain : List.of(AuditChain.AUDIT_RECORD, AuditChain.USE_LOG)) {
                for (ChainReader.StrandHead head : ChainReader.heads(c, chain)) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(chain_seq), MAX(chain_seq) FROM "
                            + chain.table() + " WHERE chain_strand = ?")) {
                        ps.setInt(1, head.strand());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            long rows = rs.getLong(1);
                            String strand = chain.table() + " strand " + head.strand();
                            assertEquals(rows == 0 ? 0 : 1, rs.getLong(2), strand + ": starts at 1");
                            assertEquals(rows, rs.getLong(3), strand + ": positions gap-free");
                            assertEquals(head.head().lastSeq(), rs.getLong(3), strand + ": the head is the last row");
                        }
                    }
                }
            }
            // the same check as GET /audit/verification
            for (AuditChain chain : AuditChain.values()) {
                ChainVerification verification = ChainReader.verify(c, chain);
                assertTrue(verification.intact(), chain + ": " + verification);
            }
        }
    }

    private long seqOf(String afterSummary) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT chain_seq FROM audit_record WHERE after_summary = ?")) {
            ps.setString(1, afterSummary);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** The log's rows by its heads: the sum of its strands' last positions. */
    private long headOf(String chain) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT SUM(last_seq) FROM audit_chain_head WHERE log_name = ?")) {
            ps.setString(1, chain);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
