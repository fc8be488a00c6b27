package fi.valvonta.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The hash chain of an append-only log: a row's hash is SHA-256 over the previous row's hash, the row's
 * position and its canonical content, so changing, removing or moving any row breaks every link after it.
 * The canonical content writes each value length-prefixed ({@code 5:actor}) and null as {@code -}, so no
 * value can be shifted into its neighbour.
 */
public final class HashChain {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** The link of the row after {@code head} with {@code content}. */
    public static ChainLink next(ChainHead head, List<String> content) {
        long seq = head.lastSeq() + 1;
        return new ChainLink(seq, head.lastHash(), hash(head.lastHash(), seq, content));
    }

    public static String hash(String previousHash, long seq, List<String> content) {
        StringBuilder s = new StringBuilder(previousHash).append('\n').append(seq);
        for (String value : content) {
            s.append('\n');
            if (value == null) {
                s.append('-');
            } else {
                s.append(value.length()).append(':').append(value);
            }
        }
        return sha256(s.toString());
    }

    /** An instant as the chain writes it: to the microsecond, which both databases store exactly. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String value(Instant instant) {
        return instant == null ? null : stored(instant).toString();
    }

    public static String value(Long number) {
        return number == null ? null : number.toString();
    }

    /**
     * Checks the rows of one chain, read in position order, against the chain's stored head, and reports
     * the first broken link.
     */
    public static ChainVerification verify(AuditChain chain, List<ChainRow> rows, ChainHead head) {
        Verifier v = verifier(chain);
        rows.forEach(v::accept);
        return v.finish(head);
    }

    /** A verifier fed one row at a time, in position order, for logs too long to hold in memory. */
    public static Verifier verifier(AuditChain chain) {
        return verifier(chain, 0);
    }

    /** A verifier of one strand of a log (a chain of its own, with its own head). */
    public static Verifier verifier(AuditChain chain, int strand) {
        return new Verifier(chain, strand);
    }

    /** Follows a chain row by row and remembers its first broken link. */
    public static final class Verifier {

        private final AuditChain chain;
        private final int strand;
        private String previous = GENESIS;
        private long expectedSeq = 1;
        private long rows;
        private ChainRow brokenAt;
        private ChainVerification.Problem problem;
        private String detail;

        private Verifier(AuditChain chain, int strand) {
            this.chain = chain;
            this.strand = strand;
        }

        public void accept(ChainRow row) {
            rows++;
            if (problem != null) {
                return;
            }
            if (row.hash() == null || row.previousHash() == null) {
                fail(row, ChainVerification.Problem.UNSEALED, "the row has no hash");
            } else if (row.seq() != expectedSeq) {
                fail(row, ChainVerification.Problem.POSITION_GAP,
                        "position " + row.seq() + " where " + expectedSeq + " was expected");
            } else if (!row.previousHash().equals(previous)) {
                fail(row, ChainVerification.Problem.LINK_BROKEN, "the row does not point to the hash of the row before it");
            } else if (!hash(previous, row.seq(), row.content()).equals(row.hash())) {
                fail(row, ChainVerification.Problem.CONTENT_CHANGED, "the row's content does not match its hash");
            } else {
                previous = row.hash();
                expectedSeq++;
            }
        }

        private void fail(ChainRow row, ChainVerification.Problem p, String d) {
            brokenAt = row;
            problem = p;
            detail = d;
        }

        /** The outcome, once every row was given. */
        public ChainVerification finish(ChainHead head) {
            if (problem != null) {
                return ChainVerification.broken(chain, strand, rows, brokenAt, problem, detail);
            }
            if (head.lastSeq() != expectedSeq - 1 || !Objects.equals(head.lastHash(), previous)) {
                return ChainVerification.broken(chain, strand, rows, null, ChainVerification.Problem.HEAD_MISMATCH,
                        "the chain ends at position " + (expectedSeq - 1) + " but its head says " + head.lastSeq());
            }
            return ChainVerification.intact(chain, rows);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
