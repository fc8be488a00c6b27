package fi.valvonta.model.platform;

/** The request clashes with the current state of a record, e.g. an illegal state transition (HTTP 409). */
public class ConflictException extends BusinessException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
