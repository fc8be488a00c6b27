package fi.valvonta.model.audit;

import java.util.List;

/** A log entry that is appended to a hash chain: sealed once with its link, before it is stored. */
public interface Chained {

    AuditChain chain();

    /** The content values in the order of {@link AuditChain#contentColumns()}, as {@link HashChain} writes them. */
    List<String> chainContent();

    /** Gives the entry its place in the chain; only once. */
    void seal(ChainLink link);
}
