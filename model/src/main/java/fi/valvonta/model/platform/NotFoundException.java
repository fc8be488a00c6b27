package fi.valvonta.model.platform;

/** A record that was asked for by its identifier does not exist (HTTP 404). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " not found");
    }
}
