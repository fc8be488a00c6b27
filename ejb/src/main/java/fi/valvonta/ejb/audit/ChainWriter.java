package fi.valvonta.ejb.audit;

import fi.valvonta.ejb.platform.DatabaseProduct;
import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainLink;
import fi.valvonta.model.audit.Chained;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the hash chains of the append-only logs over plain JDBC, the counterpart of {@link ChainReader}: locks
 * heads, inserts sealed rows with the very values their hash was made of, moves heads on.
 */
final class ChainWriter {

    private ChainWriter() {
    }

    /**
     * Locks, for each of {@code chains}, the head of one of its strands: the first strand no other transaction holds
     * (SKIP LOCKED), so concurrent commits append to a log side by side; only when every strand is held does it wait,
     * for one of them taken at random. Logs are taken in the order of {@link AuditChain} (declaration order) and a
     * transaction waits only for a log after it holds all the earlier ones, so two cannot deadlock on them.
     */
    static Map<AuditChain, ChainReader.StrandHead> lockHeads(Connection c, Collection<AuditChain> chains)
            throws SQLException {
        Map<AuditChain, ChainReader.StrandHead> heads = new EnumMap<>(AuditChain.class);
        boolean postgres = DatabaseProduct.isPostgreSql(c);
        for (AuditChain chain : chains.stream().distinct().sorted().toList()) {
            ChainReader.StrandHead head = postgres
                    ? lockHead(c, chain, "ORDER BY strand FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                    : lockFreeStrandOneByOne(c, chain);
            if (head == null) {
                head = waitForAStrand(c, chain);
            }
            if (head == null) {
                throw new SQLException("no head row for the chain " + chain.table());
            }
            heads.put(chain, head);
        }
        return Collections.unmodifiableMap(heads);
    }

    /**
     * Every strand is held: waits for one of them, taken at random, so that the commits then waiting queue on all the
     * strands. Waiting for strand 0, as before, lined all of them up behind one head while the other strands came free
     * (the workflow action at 50 users: p95 610 ms, against 106 ms without its audit record, lock waits on that head).
     */
    private static ChainReader.StrandHead waitForAStrand(Connection c, AuditChain chain) throws SQLException {
        List<ChainReader.StrandHead> strands = ChainReader.heads(c, chain);
        if (strands.isEmpty()) {
            return null;
        }
        int strand = strands.get(ThreadLocalRandom.current().nextInt(strands.size())).strand();
        return lockHead(c, chain, "AND strand = " + strand + " FOR UPDATE");
    }

    /** H2 limits before it skips locked rows (the first strand, held, gives no row): asks strand by strand. */
    private static ChainReader.StrandHead lockFreeStrandOneByOne(Connection c, AuditChain chain) throws SQLException {
        for (ChainReader.StrandHead strand : ChainReader.heads(c, chain)) {
            ChainReader.StrandHead head = lockHead(c, chain, "AND strand = " + strand.strand() + " FOR UPDATE SKIP LOCKED");
            if (head != null) {
                return head;
            }
        }
        return null;
    }

    private static ChainReader.StrandHead lockHead(Connection c, AuditChain chain, String tail) throws SQLException {
        List<ChainReader.StrandHead> locked = ChainReader.heads(c, chain, tail);
        return locked.isEmpty() ? null : locked.get(0);
    }

    /** Inserts sealed rows of one strand of a chain, as one batch; {@code ids} gives each row its id. */
    static void insert(Connection c, AuditChain chain, int strand, List<? extends Chained> rows, List<ChainLink> links,
                       List<Long> ids) throws SQLException {
        List<String> columns = chain.contentColumns();
        String sql = "INSERT INTO " + chain.table() + " (id, chain_strand, chain_seq, prev_hash, row_hash, "
                + String.join(", ", columns) + ") VALUES (?, " + strand + ", ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                ChainLink link = links.get(i);
                ps.setLong(1, ids.get(i));
                ps.setLong(2, link.seq());
                ps.setString(3, link.previousHash());
                ps.setString(4, link.hash());
                List<String> content = rows.get(i).chainContent();
                for (int col = 0; col < columns.size(); col++) {
                    bind(ps, 5 + col, columns.get(col), content.get(col));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Moves the head of a chain's strand 0 to its last row (the sealing migration's, before there were strands). */
    static void moveHead(Connection c, AuditChain chain, ChainHead head) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE chain_name = ?")) {
            ps.setLong(1, head.lastSeq());
            ps.setString(2, head.lastHash());
            ps.setString(3, chain.table());
            ps.executeUpdate();
        }
    }

    /** Moves the head of one strand of a chain to its last row. */
    static void moveHead(Connection c, AuditChain chain, int strand, ChainHead head) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE log_name = ? AND strand = ?")) {
            ps.setLong(1, head.lastSeq());
            ps.setString(2, head.lastHash());
            ps.setString(3, chain.table());
            ps.setInt(4, strand);
            ps.executeUpdate();
        }
    }

    /** A content value as stored: the inverse of how {@link ChainReader} turns a stored value into content. */
    private static void bind(PreparedStatement ps, int index, String column, String value) throws SQLException {
        switch (column) {
            case "occurred_at" -> {
                if (value == null) {
                    ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setObject(index, OffsetDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC));
                }
            }
            case "entity_id" -> {
                if (value == null) {
                    ps.setNull(index, Types.BIGINT);
                } else {
                    ps.setLong(index, Long.parseLong(value));
                }
            }
            default -> ps.setString(index, value);
        }
    }
}
