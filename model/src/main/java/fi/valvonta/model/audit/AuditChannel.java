package fi.valvonta.model.audit;

/** Where a viewing or a disclosure of personal data happened, for the reader of the use and disclosure logs. */
public enum AuditChannel {
    /** The browser UI (JSF). */
    UI("ui"),
    /** The REST API. */
    API("api"),
    /** The national messaging service Suomi.fi Messages (a decision sent to its addressee). */
    SUOMIFI("suomifi"),
    /** The public e-service: the complaint form and the sender's status link (no signed-in user). */
    E_SERVICE("e-service");

    private final String storedName;

    AuditChannel(String storedName) {
        this.storedName = storedName;
    }

    /** The value in the use log's {@code channel} column. */
    public String storedName() {
        return storedName;
    }
}
