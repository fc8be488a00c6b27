package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainRow;
import fi.valvonta.model.audit.ChainVerification;
import fi.valvonta.model.audit.HashChain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the hash chains of the append-only logs over plain JDBC, the same way in the server
 * ({@code GET /audit/verification}), in the sealing migration and in the command-line verifier, so all
 * three see the same canonical content.
 */
public final class ChainReader {

    private ChainReader() {
    }

    /** The head of a log's strand 0: the chain's only head before it had strands (the sealing migration's). */
    public static ChainHead head(Connection c, AuditChain chain) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE chain_name = ?")) {
            ps.setString(1, chain.table());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no head row for the chain " + chain.table());
                }
                return new ChainHead(rs.getLong(1), rs.getString(2));
            }
        }
    }

    /** The heads of a log's strands, in strand order. */
    public static List<StrandHead> heads(Connection c, AuditChain chain) throws SQLException {
        return heads(c, chain, "ORDER BY strand");
    }

    /**
     * The heads of a log's strands that {@code tail} selects, in its order; {@code tail} follows the condition on the
     * log ({@code AND …}, {@code ORDER BY …}, {@code FOR UPDATE …}): the writer locks heads with it.
     */
    static List<StrandHead> heads(Connection c, AuditChain chain, String tail) throws SQLException {
        List<StrandHead> heads = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT strand, last_seq, last_hash FROM audit_chain_head WHERE log_name = ? " + tail)) {
            ps.setString(1, chain.table());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.add(new StrandHead(rs.getInt(1), new ChainHead(rs.getLong(2), rs.getString(3))));
                }
            }
        }
        return heads;
    }

    /**
     * The rows of one strand up to position {@code lastSeq} in position order, then any row of it without a
     * position, one at a time. Bounded by the head read before, so rows appended meanwhile are not taken for extra
     * ones.
     */
    public static void forEachRow(Connection c, AuditChain chain, int strand, long lastSeq, Consumer<ChainRow> each)
            throws SQLException {
        query(c, chain, "WHERE chain_strand = " + strand + " AND (chain_seq <= " + lastSeq
                + " OR chain_seq IS NULL) ORDER BY chain_seq NULLS LAST, id", each);
    }

    /** The rows written before the chain existed, in the order they happened. */
    public static List<ChainRow> unsealed(Connection c, AuditChain chain) throws SQLException {
        List<ChainRow> rows = new ArrayList<>();
        query(c, chain, "WHERE chain_seq IS NULL ORDER BY occurred_at, id", rows::add);
        return rows;
    }

    /**
     * Checks one log: each strand against its head, reading row by row, so a long log needs no memory; then that
     * the strands are numbered without a gap and no row is in a strand without a head.
     */
    public static ChainVerification verify(Connection c, AuditChain chain) throws SQLException {
        List<StrandHead> heads = heads(c, chain);
        List<Integer> strands = new ArrayList<>();
        List<ChainVerification> outcomes = new ArrayList<>();
        for (StrandHead head : heads) {
            HashChain.Verifier verifier = HashChain.verifier(chain, head.strand());
            forEachRow(c, chain, head.strand(), head.head().lastSeq(), verifier::accept);
            strands.add(head.strand());
            outcomes.add(verifier.finish(head.head()));
        }
        ChainVerification verification = ChainVerification.ofStrands(chain, strands, outcomes);
        if (verification.intact()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(chain_strand), COUNT(*) FROM " + chain.table()
                    + " WHERE chain_strand < 0 OR chain_strand >= " + heads.size());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(2) > 0) {
                    return ChainVerification.rowsWithoutHead(chain, verification.rows(), rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return verification;
    }

    /** A strand of a log and its head. */
    public record StrandHead(int strand, ChainHead head) {
    }

    private static void query(Connection c, AuditChain chain, String tail, Consumer<ChainRow> each) throws SQLException {
        String sql = "SELECT id, chain_seq, prev_hash, row_hash, " + String.join(", ", chain.contentColumns())
                + " FROM " + chain.table() + " " + tail;
        // PostgreSQL's driver honours the fetch size only inside a transaction: on an auto-committing connection it
        // reads the whole log into memory (~270 000 audit records exhausted a 320 MB heap), so such a connection
        // reads in a local transaction of its own, rolled back (it only reads) and given back auto-committing
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) {
            c.setAutoCommit(false);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> content = new ArrayList<>();
                    for (String column : chain.contentColumns()) {
                        content.add(value(rs, column));
                    }
                    long seq = rs.getLong(2);
                    each.accept(new ChainRow(rs.wasNull() ? 0 : seq, rs.getLong(1), content, rs.getString(3), rs.getString(4)));
                }
            }
        } finally {
            if (autoCommit) {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static String value(ResultSet rs, String column) throws SQLException {
        return switch (column) {
            case "occurred_at" -> {
                OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                yield t == null ? null : HashChain.value(t.toInstant());
            }
            case "entity_id" -> {
                long v = rs.getLong(column);
                yield rs.wasNull() ? null : HashChain.value(v);
            }
            default -> rs.getString(column);
        };
    }
}
