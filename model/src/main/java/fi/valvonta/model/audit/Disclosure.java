package fi.valvonta.model.audit;

import fi.valvonta.model.platform.RuleViolationException;

/**
 * Who receives disclosed data and for what purpose (tiedonhallintalaki 906/2019 17 §: the log of
 * disclosures shows the recipient and the purpose). When the caller names neither, the recipient is the
 * caller and the purpose the default one of the channel.
 */
public record Disclosure(String recipient, String purpose) {

    public static final int RECIPIENT_LENGTH = 200;
    public static final int PURPOSE_LENGTH = 400;

    public Disclosure {
        if (recipient == null || recipient.isBlank() || recipient.length() > RECIPIENT_LENGTH) {
            throw new RuleViolationException("disclosure.recipient", "recipient",
                    "a disclosure names its recipient in 1–" + RECIPIENT_LENGTH + " characters");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > PURPOSE_LENGTH) {
            throw new RuleViolationException("disclosure.purpose", "purpose",
                    "a disclosure names its purpose in 1–" + PURPOSE_LENGTH + " characters");
        }
        recipient = recipient.strip();
        purpose = purpose.strip();
    }

    /** The recipient and purpose a caller gave, each falling back to the defaults when blank or absent. */
    public static Disclosure of(String recipient, String purpose, String defaultRecipient, String defaultPurpose) {
        return new Disclosure(recipient == null || recipient.isBlank() ? defaultRecipient : recipient,
                purpose == null || purpose.isBlank() ? defaultPurpose : purpose);
    }
}
