package fi.valvonta.model.platform;

/**
 * The caller is signed in but a rule of the domain does not let them do this (HTTP 403), e.g. a role
 * that may not take a given action, or a presenter deciding their own proposal.
 */
public class ForbiddenException extends BusinessException {

    public ForbiddenException(String code, String message) {
        super(code, message);
    }
}
