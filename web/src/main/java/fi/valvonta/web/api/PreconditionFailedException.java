package fi.valvonta.web.api;

import fi.valvonta.model.shared.BusinessException;

/** The client's If-Match names a version that is no longer current (HTTP 412). */
public class PreconditionFailedException extends BusinessException {

    public PreconditionFailedException(String message) {
        super("stale-version", message);
    }
}
