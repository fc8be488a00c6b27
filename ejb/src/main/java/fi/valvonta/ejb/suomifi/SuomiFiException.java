package fi.valvonta.ejb.suomifi;

/** Suomi.fi Messages refused or did not answer: {@code status} 0 when there was no answer. */
public class SuomiFiException extends RuntimeException {

    private final int status;

    public SuomiFiException(int status, String message) {
        super("Suomi.fi Messages: " + (status == 0 ? "" : "HTTP " + status + ": ") + message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Whether trying again later may succeed (no answer, or the service's own failure). */
    public boolean isTransient() {
        return status == 0 || status == 429 || status >= 500;
    }
}
