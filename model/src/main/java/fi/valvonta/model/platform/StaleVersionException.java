package fi.valvonta.model.platform;

/**
 * The client acted on a version of a record that is no longer current (HTTP 412): its If-Match, or
 * the version a form was loaded with, differs from the stored one, or a concurrent change won.
 */
public class StaleVersionException extends BusinessException {

    public static final String CODE = "stale-version";

    public StaleVersionException(String message) {
        super(CODE, message);
    }
}
