package fi.valvonta.model.intake;

import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private static IncomingMessage message(String body) {
        return IncomingMessage.imported("<a@b>", NOW, null, "matti@example.fi", "Matti", "Kantelu", body, null);
    }

    @Test
    void aNewMessageWaitsForTheRegistrar() {
        IncomingMessage m = message("  Kohtelu oli epäasiallista.  ");
        assertEquals(IntakeState.PENDING, m.state());
        assertEquals("Kohtelu oli epäasiallista.", m.body());
        assertTrue(m.problem().isEmpty());
    }

    @Test
    void aBodyLongerThanADescriptionIsCutAndTheCutIsRecorded() {
        IncomingMessage m = message("x".repeat(Complaint.DESCRIPTION_LENGTH + 10));
        assertEquals(Complaint.DESCRIPTION_LENGTH, m.body().length());
        assertEquals("body-truncated", m.problem().orElseThrow());
    }

    @Test
    void aMessageWithoutAnIdCannotBeImported() {
        assertThrows(IllegalArgumentException.class,
                () -> IncomingMessage.imported(" ", NOW, null, null, null, null, "x", null));
    }

    @Test
    void registeringRecordsTheComplaintAndWhoDidIt() {
        IncomingMessage m = message("x");
        m.registeredAs(42, "kirjaamo", NOW);
        assertEquals(IntakeState.REGISTERED, m.state());
        assertEquals(42L, m.complaintId().orElseThrow());
        assertEquals("kirjaamo", m.handledBy().orElseThrow());
    }

    @Test
    void aHandledMessageCannotBeHandledAgain() {
        IncomingMessage m = message("x");
        m.registeredAs(42, "kirjaamo", NOW);
        assertThrows(ConflictException.class, () -> m.registeredAs(43, "kirjaamo", NOW));
        assertThrows(ConflictException.class, () -> m.discard("spam", "kirjaamo", NOW));
    }

    @Test
    void discardingNeedsAReason() {
        IncomingMessage m = message("x");
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> m.discard(" ", "kirjaamo", NOW));
        assertEquals("intake.discard-reason-required", e.code());
        m.discard("spam", "kirjaamo", NOW);
        assertEquals(IntakeState.DISCARDED, m.state());
        assertEquals("spam", m.discardReason().orElseThrow());
    }

    @Test
    void onlyThoseWhoRegisterComplaintsActOnPendingMessages() {
        assertEquals(EnumSet.allOf(IntakeAction.class),
                IntakePermissions.allowed(IntakeState.PENDING, Set.of(Role.REGISTRAR)));
        assertTrue(IntakePermissions.allowed(IntakeState.PENDING, Set.of(Role.AUDITOR, Role.DECISION_MAKER)).isEmpty());
        assertTrue(IntakePermissions.allowed(IntakeState.REGISTERED, Set.of(Role.REGISTRAR)).isEmpty());
    }

    @Test
    void attachmentsKeepTheirBytesAndGetANameAndType() {
        IncomingMessage m = message("x");
        byte[] bytes = {1, 2, 3};
        m.attach(null, null, bytes);
        bytes[0] = 9;
        IncomingAttachment a = m.attachments().get(0);
        assertEquals("attachment", a.fileName());
        assertEquals("application/octet-stream", a.contentType());
        assertEquals(1, a.content()[0]);
        assertEquals(3, a.sizeBytes());
    }
}
