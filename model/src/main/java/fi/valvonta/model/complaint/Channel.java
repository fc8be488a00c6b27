package fi.valvonta.model.complaint;

/** How a complaint arrived. HL 53 a §: a complaint is made in writing or, with the supervisor's consent, orally. */
public enum Channel {
    MAIL,
    EMAIL,
    E_SERVICE,
    ORAL;

    public boolean isWritten() {
        return this != ORAL;
    }
}
