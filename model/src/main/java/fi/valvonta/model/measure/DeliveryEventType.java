package fi.valvonta.model.measure;

/**
 * What the national messaging service (Suomi.fi Messages) reports about a decision sent through it: the
 * message reached the recipient's mailbox or was printed for the post, the recipient confirmed receipt or
 * read it, Posti had the letter's receipt signed, or the letter came back.
 */
public enum DeliveryEventType {
    /** The message is in the recipient's Suomi.fi mailbox. */
    ELECTRONIC_CREATED,
    /** The recipient opened the message. */
    ELECTRONIC_READ,
    /** The recipient confirmed receipt of a verifiable message (before it opens). */
    RECEIPT_CONFIRMED,
    /** The recipient has no mailbox: the message was printed and mailed. */
    PAPER_CREATED,
    /** Posti delivered a letter against the recipient's signature. */
    POSTI_RECEIPT_CONFIRMED,
    /** Posti could not deliver the letter: it went back to the sender. */
    POSTI_RETURNED
}
