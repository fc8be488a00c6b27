package fi.valvonta.model.platform;

import jakarta.ejb.ApplicationException;

/**
 * Root of every rule violation the application reports to its user. Rolls the transaction back,
 * so a refused operation never half-writes data. The {@code code} is a stable key for i18n bundles
 * and problem+json {@code type}s; the message is English for logs.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private final String code;

    protected BusinessException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
