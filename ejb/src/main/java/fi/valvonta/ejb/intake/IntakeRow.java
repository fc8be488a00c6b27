package fi.valvonta.ejb.intake;

import fi.valvonta.model.intake.IntakeState;

import java.time.Instant;

/** A message in the e-mail queue, as listed. */
public record IntakeRow(long id, Instant importedAt, Instant arrivedAt, String senderAddress, String senderName,
                        String subject, IntakeState state, String problem, Long complaintId) {
}
