package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.ChainVerification;

import java.time.Instant;
import java.util.List;

/** The check of every chain at one moment: intact only when each chain is. */
public record AuditVerification(Instant checkedAt, boolean intact, List<ChainResult> chains) {

    /** One chain's outcome; {@code brokenAt*} and {@code problem} only when it is broken. */
    public record ChainResult(String chain, long rows, boolean intact, Integer brokenAtStrand, Long brokenAtSeq, Long brokenAtId,
                              String problem, String detail) {

        static ChainResult of(ChainVerification v) {
            return new ChainResult(v.chain().table(), v.rows(), v.intact(), v.brokenAtStrand(), v.brokenAtSeq(), v.brokenAtId(),
                    v.problem() == null ? null : v.problem().name(), v.detail());
        }
    }
}
