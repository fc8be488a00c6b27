package fi.valvonta.model.audit;

/**
 * The outcome of checking one chain: how many rows were read and, when the chain is broken, the first
 * broken link: the position and id of the first row that does not follow from the ones before it.
 */
public record ChainVerification(AuditChain chain, long rows, boolean intact, Long brokenAtSeq, Long brokenAtId,
                                Problem problem, String detail) {

    /** Why a link is broken. */
    public enum Problem {
        /** The row's content or stored hash was changed: its hash no longer matches. */
        CONTENT_CHANGED,
        /** The row does not point to the row before it: a row was removed, inserted or moved. */
        LINK_BROKEN,
        /** Positions are not 1, 2, 3, …: a row was removed or renumbered. */
        POSITION_GAP,
        /** The stored end of the chain does not match its last row: rows at the end were removed. */
        HEAD_MISMATCH,
        /** A row has no link at all. */
        UNSEALED
    }

    static ChainVerification intact(AuditChain chain, long rows) {
        return new ChainVerification(chain, rows, true, null, null, null, null);
    }

    static ChainVerification broken(AuditChain chain, long rows, ChainRow at, Problem problem, String detail) {
        return new ChainVerification(chain, rows, false, at == null ? null : at.seq(), at == null ? null : at.id(),
                problem, detail);
    }
}
