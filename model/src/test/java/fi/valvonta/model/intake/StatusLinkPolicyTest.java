package fi.valvonta.model.intake;

import fi.valvonta.model.complaint.ComplaintState;
import fi.valvonta.model.platform.ConflictException;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusLinkPolicyTest {

    private static final Instant SENT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-10-01T12:00:00Z");
    private final StatusLinkPolicy policy = StatusLinkPolicy.DEFAULT;

    @Test
    void theLinkWorksWhileTheCaseIsOpenHoweverLong() {
        for (ComplaintState open : ComplaintState.values()) {
            if (!open.isTerminal()) {
                assertTrue(policy.expiresAt(open, CLOSED).isEmpty(), open.name());
                assertFalse(policy.isExpired(open, SENT, SENT.plus(Duration.ofDays(3650))), open.name());
            }
        }
    }

    @Test
    void theLinkExpiresThirtyDaysAfterTheCaseClosed() {
        for (ComplaintState closed : new ComplaintState[]{ComplaintState.CLOSED, ComplaintState.NOT_INVESTIGATED,
                ComplaintState.TRANSFERRED, ComplaintState.WITHDRAWN}) {
            assertEquals(CLOSED.plus(Duration.ofDays(30)), policy.expiresAt(closed, CLOSED).orElseThrow(), closed.name());
            assertFalse(policy.isExpired(closed, CLOSED, CLOSED), "still works when it closes");
            assertFalse(policy.isExpired(closed, CLOSED, CLOSED.plus(Duration.ofDays(30)).minusSeconds(1)));
            assertTrue(policy.isExpired(closed, CLOSED, CLOSED.plus(Duration.ofDays(30))), "not from the moment of expiry on");
            assertTrue(policy.isExpired(closed, CLOSED, CLOSED.plus(Duration.ofDays(31))));
        }
    }

    @Test
    void theRetentionIsConfigurationAndZeroEndsTheLinkWithTheCase() {
        StatusLinkPolicy none = new StatusLinkPolicy(Duration.ZERO, Duration.ofHours(1), 5);
        assertTrue(none.isExpired(ComplaintState.WITHDRAWN, CLOSED, CLOSED));
        assertFalse(none.isExpired(ComplaintState.DECIDED, CLOSED, CLOSED), "decided is not closed: served and closing follow");
        assertThrows(IllegalArgumentException.class, () -> new StatusLinkPolicy(Duration.ofDays(-1), Duration.ZERO, 1));
    }

    @Test
    void documentsAreAddedWithinTheWindowUpToTheMost() {
        StatusLink link = StatusLink.issue(7, StatusToken.generate(new SecureRandom()), SENT);
        assertEquals(5, link.documentsRemaining(policy, SENT));
        for (int i = 0; i < 5; i++) {
            link.addDocument(policy, SENT.plusSeconds(60));
        }
        assertEquals(0, link.documentsRemaining(policy, SENT.plusSeconds(60)));
        ConflictException many = assertThrows(ConflictException.class, () -> link.addDocument(policy, SENT.plusSeconds(61)));
        assertEquals("public-complaint.too-many-documents", many.code());
        assertEquals(5, link.documentsAdded());
    }

    @Test
    void noDocumentAfterTheWindow() {
        StatusLink link = StatusLink.issue(7, StatusToken.generate(new SecureRandom()), SENT);
        Instant end = SENT.plus(Duration.ofHours(1));
        assertEquals(end, policy.documentsUntil(SENT));
        link.addDocument(policy, end.minusSeconds(1));
        ConflictException late = assertThrows(ConflictException.class, () -> link.addDocument(policy, end));
        assertEquals("public-complaint.documents-closed", late.code());
        assertEquals(0, link.documentsRemaining(policy, end));
        assertEquals(1, link.documentsAdded());
    }

    @Test
    void theLinkKeepsTheHashNotTheToken() {
        StatusToken token = StatusToken.generate(new SecureRandom());
        StatusLink link = StatusLink.issue(7, token, SENT);
        assertEquals(token.hash(), link.tokenHash());
        assertFalse(link.auditSummary().contains(token.value()));
        assertFalse(link.auditSummary().contains(token.hash()));
    }
}
