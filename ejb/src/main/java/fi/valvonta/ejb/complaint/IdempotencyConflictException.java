package fi.valvonta.ejb.complaint;

import fi.valvonta.model.platform.ConflictException;

/** Two requests raced with one Idempotency-Key; the loser rolls back and answers with the winner's result. */
public class IdempotencyConflictException extends ConflictException {

    public IdempotencyConflictException(String key) {
        super("idempotency-key.concurrent", "a request with the Idempotency-Key " + key + " is being processed");
    }
}
