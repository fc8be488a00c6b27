package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainLink;
import fi.valvonta.model.audit.Chained;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import java.util.stream.Collectors;

/**
 * Writes the hash chains of the append-only logs over plain JDBC, the counterpart of {@link ChainReader}: locks
 * heads, inserts sealed rows with the very values their hash was made of, moves heads on.
 */
final class ChainWriter {

    private ChainWriter() {
    }

    /**
     * Locks the heads of {@code chains} in one statement, in the order of {@link AuditChain} (declaration order).
     * Every transaction takes its head locks so, all at once and in that one order, so two cannot deadlock on them.
     */
    static Map<AuditChain, ChainHead> lockHeads(Connection c, Collection<AuditChain> chains) throws SQLException {
        List<AuditChain> ordered = chains.stream().distinct().sorted().toList();
        StringBuilder order = new StringBuilder("CASE chain_name");
        for (AuditChain chain : ordered) {
            order.append(" WHEN '").append(chain.table()).append("' THEN ").append(chain.ordinal());
        }
        String sql = "SELECT chain_name, last_seq, last_hash FROM audit_chain_head WHERE chain_name IN ("
                + ordered.stream().map(ch -> "'" + ch.table() + "'").collect(Collectors.joining(", "))
                + ") ORDER BY " + order + " END FOR UPDATE";
        Map<AuditChain, ChainHead> heads = new EnumMap<>(AuditChain.class);
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                AuditChain chain = ordered.stream().filter(ch -> ch.table().equals(name)).findFirst().orElseThrow();
                heads.put(chain, new ChainHead(rs.getLong(2), rs.getString(3)));
            }
        }
        for (AuditChain chain : ordered) {
            if (!heads.containsKey(chain)) {
                throw new SQLException("no head row for the chain " + chain.table());
            }
        }
        return Collections.unmodifiableMap(heads);
    }

    /** Inserts sealed rows of one chain, as one batch; {@code ids} gives each row its id. */
    static void insert(Connection c, AuditChain chain, List<? extends Chained> rows, List<ChainLink> links, List<Long> ids)
            throws SQLException {
        List<String> columns = chain.contentColumns();
        String sql = "INSERT INTO " + chain.table() + " (id, chain_seq, prev_hash, row_hash, " + String.join(", ", columns)
                + ") VALUES (?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
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

    /** Moves a chain's head to its last row. */
    static void moveHead(Connection c, AuditChain chain, ChainHead head) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE chain_name = ?")) {
            ps.setLong(1, head.lastSeq());
            ps.setString(2, head.lastHash());
            ps.setString(3, chain.table());
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
