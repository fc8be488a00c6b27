package fi.valvonta.model.platform;

/** A system the application depends on (a mail server, a messaging service) did not answer: try again later. */
public class UnavailableException extends BusinessException {

    public UnavailableException(String code, String message, Throwable cause) {
        super(code, message);
        initCause(cause);
    }
}
