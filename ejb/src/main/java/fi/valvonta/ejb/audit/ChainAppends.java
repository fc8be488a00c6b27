package fi.valvonta.ejb.audit;

import fi.valvonta.ejb.platform.ReadingRequest;
import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainLink;
import fi.valvonta.model.audit.Chained;
import fi.valvonta.model.audit.HashChain;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The log entries one transaction appends, written when it commits: an interposed synchronization, so after
 * EclipseLink has written the transaction's changes and just before the commit, for each log it appends to the head
 * of a strand no other commit holds is locked, the entries linked in the order they were made, inserted, and the
 * heads moved on. The head locks
 * so last only as long as these few statements and the commit, not the whole transaction: before, an append locked
 * its head where it was made and every audited write in the system waited for the one before it to finish.
 * A rolled back transaction writes nothing; a failed append rolls the transaction back with it.
 */
final class ChainAppends implements Synchronization {

    private final TransactionSynchronizationRegistry registry;
    private final DataSource dataSource;
    private final LogIds ids;
    private final List<Chained> entries = new ArrayList<>();
    private boolean written;

    private ChainAppends(TransactionSynchronizationRegistry registry, DataSource dataSource, LogIds ids) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.ids = ids;
    }

    /** The current transaction's appends, registered with it on first use. */
    static ChainAppends of(TransactionSynchronizationRegistry registry, DataSource dataSource, LogIds ids) {
        Object key = ChainAppends.class;
        ChainAppends appends = (ChainAppends) registry.getResource(key);
        if (appends == null) {
            appends = new ChainAppends(registry, dataSource, ids);
            registry.putResource(key, appends);
            registry.registerInterposedSynchronization(appends);
        }
        return appends;
    }

    void add(Chained entry) {
        if (written) {
            throw new IllegalStateException("the transaction's log entries are already written: " + entry.chain().table()
                    + " cannot be appended to after its commit began");
        }
        entries.add(entry);
        ReadingRequest.changed(); // the request's later readings of the data version see this change
    }

    @Override
    public void beforeCompletion() {
        written = true;
        if (entries.isEmpty() || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // marked for rollback: nothing is written
        }
        try (Connection c = dataSource.getConnection()) {
            write(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit logs could not be appended to: " + e.getMessage(), e);
        }
    }

    private void write(Connection c) throws SQLException {
        Map<AuditChain, List<Chained>> byChain = new EnumMap<>(AuditChain.class);
        for (Chained entry : entries) {
            byChain.computeIfAbsent(entry.chain(), k -> new ArrayList<>()).add(entry);
        }
        Map<AuditChain, List<Long>> rowIds = new EnumMap<>(AuditChain.class);
        for (Chained entry : entries) {
            rowIds.computeIfAbsent(entry.chain(), k -> new ArrayList<>()).add(ids.next(c, entry.chain()));
        }
        Map<AuditChain, ChainReader.StrandHead> heads = ChainWriter.lockHeads(c, byChain.keySet()); // to the commit
        for (Map.Entry<AuditChain, List<Chained>> chain : byChain.entrySet()) {
            int strand = heads.get(chain.getKey()).strand();
            ChainHead head = heads.get(chain.getKey()).head();
            List<ChainLink> links = new ArrayList<>();
            for (Chained entry : chain.getValue()) {
                ChainLink link = HashChain.next(head, entry.chainContent());
                entry.seal(link);
                links.add(link);
                head = new ChainHead(link.seq(), link.hash());
            }
            ChainWriter.insert(c, chain.getKey(), strand, chain.getValue(), links, rowIds.get(chain.getKey()));
            ChainWriter.moveHead(c, chain.getKey(), strand, head);
        }
    }

    @Override
    public void afterCompletion(int status) {
        // nothing to release: the connection handle is closed in beforeCompletion
    }
}
