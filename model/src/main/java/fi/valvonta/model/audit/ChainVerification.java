package fi.valvonta.model.audit;

import java.util.List;

/**
 * The outcome of checking one chain: how many rows were read and, when the chain is broken, the first
 * broken link: the strand, position and id of the first row that does not follow from the ones before it.
 */
public record ChainVerification(AuditChain chain, long rows, boolean intact, Integer brokenAtStrand, Long brokenAtSeq,
                                Long brokenAtId, Problem problem, String detail) {

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
        UNSEALED,
        /** Strands are not numbered 0, 1, 2, …: a strand's head was removed. */
        STRAND_MISSING
    }

    static ChainVerification intact(AuditChain chain, long rows) {
        return new ChainVerification(chain, rows, true, null, null, null, null, null);
    }

    static ChainVerification broken(AuditChain chain, int strand, long rows, ChainRow at, Problem problem, String detail) {
        return new ChainVerification(chain, rows, false, strand, at == null ? null : at.seq(), at == null ? null : at.id(),
                problem, detail);
    }

    /**
     * One log's outcome from its strands' outcomes, given in strand order (strand 0 first): the rows of all, intact
     * when every strand is and the strands are numbered 0, 1, 2, … without a gap, else the first strand's break.
     */
    public static ChainVerification ofStrands(AuditChain chain, List<Integer> strands, List<ChainVerification> outcomes) {
        long rows = outcomes.stream().mapToLong(ChainVerification::rows).sum();
        for (int i = 0; i < strands.size(); i++) {
            if (strands.get(i) != i) {
                return new ChainVerification(chain, rows, false, i, null, null, Problem.STRAND_MISSING,
                        "strand " + i + " has no head; the strands are " + strands);
            }
        }
        return outcomes.stream().filter(v -> !v.intact()).findFirst()
                .map(v -> new ChainVerification(chain, rows, false, v.brokenAtStrand(), v.brokenAtSeq(), v.brokenAtId(),
                        v.problem(), v.detail()))
                .orElseGet(() -> strands.isEmpty()
                        ? new ChainVerification(chain, rows, false, 0, null, null, Problem.STRAND_MISSING,
                                "the log has no head")
                        : intact(chain, rows));
    }

    /** Rows in a strand that has no head, found besides intact strands: added outside the application. */
    public static ChainVerification rowsWithoutHead(AuditChain chain, long rows, int strand, long count) {
        return new ChainVerification(chain, rows, false, strand, null, null, Problem.STRAND_MISSING,
                count + " rows are in strand " + strand + ", which has no head");
    }
}
