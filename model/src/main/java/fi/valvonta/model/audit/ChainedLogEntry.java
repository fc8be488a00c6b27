package fi.valvonta.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The chain columns every append-only log shares (audit trail, use log, disclosure log): the entry's
 * position, the previous entry's hash and its own, set once when it is sealed into its chain.
 */
@MappedSuperclass
public abstract class ChainedLogEntry implements Chained {

    @Column(name = "chain_seq", updatable = false)
    private Long chainSeq;

    @Column(name = "prev_hash", length = 64, updatable = false)
    private String previousHash;

    @Column(name = "row_hash", length = 64, updatable = false)
    private String rowHash;

    @Override
    public void seal(ChainLink link) {
        if (chainSeq != null) {
            throw new IllegalStateException("already in the chain at " + chainSeq);
        }
        this.chainSeq = link.seq();
        this.previousHash = link.previousHash();
        this.rowHash = link.hash();
    }

    public Long chainSeq() { return chainSeq; }
    public String rowHash() { return rowHash; }
}
