package fi.valvonta.ejb.audit;

import fi.valvonta.ejb.platform.DatabaseProduct;
import fi.valvonta.model.audit.AuditChain;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Ids for the rows of the append-only logs, which {@link ChainWriter} inserts without EclipseLink: taken from each
 * log's sequence in blocks as EclipseLink takes them for the mapped entities ({@code allocationSize = 50}, the
 * sequence steps by 50 and a value {@code n} gives the ids {@code n-49 … n}), so ids from either never collide, also
 * across nodes.
 */
@ApplicationScoped
public class LogIds {

    /** The sequences' increment (V1, V11) and the entities' allocationSize. */
    static final int BLOCK = 50;

    private final Map<AuditChain, long[]> blocks = new EnumMap<>(AuditChain.class);

    /** The next id for a row of {@code chain}; reads the sequence over {@code c} once a block is used up. */
    public synchronized long next(Connection c, AuditChain chain) throws SQLException {
        long[] block = blocks.get(chain); // {next, last}
        if (block == null || block[0] > block[1]) {
            long last = nextSequenceValue(c, chain.table() + "_seq");
            block = new long[] {last - BLOCK + 1, last};
            blocks.put(chain, block);
        }
        return block[0]++;
    }

    private static long nextSequenceValue(Connection c, String sequence) throws SQLException {
        String sql = DatabaseProduct.isPostgreSql(c) ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
