package fi.valvonta.model.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashChainTest {

    /** Five sealed use-log rows, as the appender writes them. */
    private static List<ChainRow> chainOfFive() {
        List<ChainRow> rows = new ArrayList<>();
        ChainHead head = ChainHead.empty();
        for (int i = 1; i <= 5; i++) {
            List<String> content = Arrays.asList("2026-12-0" + i + "T10:00:00Z", "user" + i, "Complaint",
                    String.valueOf(1000 + i), i % 2 == 0 ? null : "api");
            ChainLink link = HashChain.next(head, content);
            rows.add(new ChainRow(link.seq(), 5000 + i, content, link.previousHash(), link.hash()));
            head = new ChainHead(link.seq(), link.hash());
        }
        return rows;
    }

    private static ChainHead headOf(List<ChainRow> rows) {
        ChainRow last = rows.get(rows.size() - 1);
        return new ChainHead(last.seq(), last.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<ChainRow> rows = chainOfFive();
        ChainVerification v = HashChain.verify(AuditChain.USE_LOG, rows, headOf(rows));
        assertTrue(v.intact());
        assertEquals(5, v.rows());
        assertNull(v.brokenAtSeq());
    }

    @Test
    void anEmptyChainIsIntactAgainstAnEmptyHead() {
        assertTrue(HashChain.verify(AuditChain.AUDIT_RECORD, List.of(), ChainHead.empty()).intact());
    }

    @Test
    void editingOneValueIsFoundAtThatRow() {
        List<ChainRow> rows = chainOfFive();
        ChainHead head = headOf(rows);
        ChainRow third = rows.get(2);
        List<String> edited = new ArrayList<>(third.content());
        edited.set(1, "someone-else");
        rows.set(2, new ChainRow(third.seq(), third.id(), edited, third.previousHash(), third.hash()));

        ChainVerification v = HashChain.verify(AuditChain.USE_LOG, rows, head);
        assertFalse(v.intact());
        assertEquals(3L, v.brokenAtSeq());
        assertEquals(5003L, v.brokenAtId());
        assertEquals(ChainVerification.Problem.CONTENT_CHANGED, v.problem());
    }

    @Test
    void editingAndRehashingOneRowBreaksTheNextLink() {
        List<ChainRow> rows = chainOfFive();
        ChainHead head = headOf(rows);
        ChainRow second = rows.get(1);
        List<String> edited = new ArrayList<>(second.content());
        edited.set(3, "9999");
        String forged = HashChain.hash(second.previousHash(), second.seq(), edited);
        rows.set(1, new ChainRow(second.seq(), second.id(), edited, second.previousHash(), forged));

        ChainVerification v = HashChain.verify(AuditChain.USE_LOG, rows, head);
        assertEquals(3L, v.brokenAtSeq());
        assertEquals(ChainVerification.Problem.LINK_BROKEN, v.problem());
    }

    @Test
    void deletingARowInTheMiddleIsFound() {
        List<ChainRow> rows = chainOfFive();
        ChainHead head = headOf(rows);
        rows.remove(1);

        ChainVerification v = HashChain.verify(AuditChain.USE_LOG, rows, head);
        assertEquals(3L, v.brokenAtSeq());
        assertEquals(ChainVerification.Problem.POSITION_GAP, v.problem());
    }

    @Test
    void deletingTheLastRowIsFoundByTheHead() {
        List<ChainRow> rows = chainOfFive();
        ChainHead head = headOf(rows);
        rows.remove(4);

        ChainVerification v = HashChain.verify(AuditChain.USE_LOG, rows, head);
        assertFalse(v.intact());
        assertEquals(ChainVerification.Problem.HEAD_MISMATCH, v.problem());
    }

    @Test
    void swappingTwoRowsIsFound() {
        List<ChainRow> rows = chainOfFive();
        ChainHead head = headOf(rows);
        ChainRow second = rows.get(1);
        ChainRow third = rows.get(2);
        // the positions stay in order, the rows' contents and hashes change places
        rows.set(1, new ChainRow(2, third.id(), third.content(), third.previousHash(), third.hash()));
        rows.set(2, new ChainRow(3, second.id(), second.content(), second.previousHash(), second.hash()));

        ChainVerification v = HashChain.verify(AuditChain.USE_LOG, rows, head);
        assertEquals(2L, v.brokenAtSeq());
        assertEquals(ChainVerification.Problem.LINK_BROKEN, v.problem());
    }

    @Test
    void renumberingARowIsFound() {
        List<ChainRow> rows = chainOfFive();
        ChainHead head = headOf(rows);
        ChainRow fourth = rows.get(3);
        rows.set(3, new ChainRow(7, fourth.id(), fourth.content(), fourth.previousHash(), fourth.hash()));

        assertEquals(ChainVerification.Problem.POSITION_GAP, HashChain.verify(AuditChain.USE_LOG, rows, head).problem());
    }

    /** Strand {@code strand}'s outcome over {@code rows}, checked by a verifier of that strand. */
    private static ChainVerification strand(int strand, List<ChainRow> rows, ChainHead head) {
        HashChain.Verifier v = HashChain.verifier(AuditChain.USE_LOG, strand);
        rows.forEach(v::accept);
        return v.finish(head);
    }

    @Test
    void aLogOfIntactStrandsIsIntactWithAllTheirRows() {
        List<ChainRow> rows = chainOfFive();
        ChainVerification v = ChainVerification.ofStrands(AuditChain.USE_LOG, List.of(0, 1, 2),
                List.of(strand(0, rows, headOf(rows)), strand(1, rows, headOf(rows)), strand(2, List.of(), ChainHead.empty())));
        assertTrue(v.intact(), v::toString);
        assertEquals(10, v.rows());
    }

    @Test
    void aBreakInOneStrandBreaksTheLogAtThatStrandsRow() {
        List<ChainRow> rows = chainOfFive();
        ChainHead head = headOf(rows);
        List<ChainRow> changed = new ArrayList<>(rows);
        ChainRow third = changed.get(2);
        changed.set(2, new ChainRow(3, third.id(), List.of("x", "y", "z", "1", "api"), third.previousHash(), third.hash()));

        ChainVerification v = ChainVerification.ofStrands(AuditChain.USE_LOG, List.of(0, 1, 2),
                List.of(strand(0, rows, head), strand(1, rows, head), strand(2, changed, head)));
        assertFalse(v.intact());
        assertEquals(2, v.brokenAtStrand());
        assertEquals(3L, v.brokenAtSeq());
        assertEquals(ChainVerification.Problem.CONTENT_CHANGED, v.problem());
        assertEquals(15, v.rows());
    }

    @Test
    void aMissingStrandBreaksTheLog() {
        List<ChainRow> rows = chainOfFive();
        ChainVerification v = ChainVerification.ofStrands(AuditChain.USE_LOG, List.of(0, 2),
                List.of(strand(0, rows, headOf(rows)), strand(2, rows, headOf(rows))));
        assertFalse(v.intact());
        assertEquals(1, v.brokenAtStrand());
        assertEquals(ChainVerification.Problem.STRAND_MISSING, v.problem());
        assertFalse(ChainVerification.ofStrands(AuditChain.USE_LOG, List.of(), List.of()).intact(), "a log without a head");
    }

    @Test
    void nullAndEmptyAndShiftedValuesHashDifferently() {
        String a = HashChain.hash(HashChain.GENESIS, 1, Arrays.asList("ab", "c"));
        assertNotEquals(a, HashChain.hash(HashChain.GENESIS, 1, Arrays.asList("a", "bc")));
        assertNotEquals(HashChain.hash(HashChain.GENESIS, 1, Arrays.asList((String) null)),
                HashChain.hash(HashChain.GENESIS, 1, Arrays.asList("")));
        assertNotEquals(a, HashChain.hash(HashChain.GENESIS, 2, Arrays.asList("ab", "c")));
        assertEquals(64, a.length());
    }

    @Test
    void instantsAreKeptToTheMicrosecond() {
        Instant t = Instant.parse("2026-12-02T10:15:30.123456789Z");
        assertEquals("2026-12-02T10:15:30.123456Z", HashChain.value(t));
        assertEquals(HashChain.value(t), HashChain.value(HashChain.stored(t)));
    }

    @Test
    void anEntryIsSealedOnlyOnce() {
        UseLogEntry e = new UseLogEntry(Instant.parse("2026-12-02T10:15:30.123456789Z"), "a", "Complaint", 1, "api");
        ChainLink link = HashChain.next(ChainHead.empty(), e.chainContent());
        e.seal(link);
        assertEquals(1L, e.chainSeq());
        assertThrows(IllegalStateException.class, () -> e.seal(link));
        assertEquals(Instant.parse("2026-12-02T10:15:30.123456Z"), e.occurredAt());
    }
}
