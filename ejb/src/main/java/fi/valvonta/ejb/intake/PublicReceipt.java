package fi.valvonta.ejb.intake;

import fi.valvonta.model.platform.Language;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the sender of a complaint gets back at once (laki 13/2003 12 §: receipt acknowledged without delay): the
 * case number, the day it was received, the status link's token (shown this once, never stored), the
 * documents taken with it and until when more may be added, and whether an e-mail receipt follows.
 */
public record PublicReceipt(String caseNumber, LocalDate receivedDate, Instant receivedAt, String statusToken,
                            Language proceedingsLanguage, Language contactLanguage, int documentsAdded,
                            Instant documentsUntil, int documentsRemaining, boolean emailReceipt) {

    /** Never the token. */
    @Override
    public String toString() {
        return "PublicReceipt[" + caseNumber + ", " + receivedDate + ", " + documentsAdded + " document(s)]";
    }
}
