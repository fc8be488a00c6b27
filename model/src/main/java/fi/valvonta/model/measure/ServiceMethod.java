package fi.valvonta.model.measure;

/**
 * How a decision is served (tiedoksianto). Which date is recorded and on which day the addressee is
 * deemed to have received it is {@link ServiceRules}; whether the method proves receipt is
 * {@link #isVerified()}.
 */
public enum ServiceMethod {

    /** Ordinary letter (HL 59 §): the date recorded is the sending date, or the arrival date for an authority. */
    ORDINARY_LETTER(false),
    /** Ordinary electronic message (laki 13/2003 19 §): the date recorded is the sending date. */
    ELECTRONIC(false),
    /** Letter against a receipt (saantitodistus, HL 60 §): the date of receipt shown in the receipt. */
    VERIFIED_LETTER(true),
    /** Acknowledgement of receipt (vastaanottotodistus, HL 60 §): the date acknowledged. */
    ACKNOWLEDGEMENT(true),
    /** Verified electronic service (laki 13/2003 18 §): the day the addressee retrieved the document. */
    VERIFIED_ELECTRONIC(true),
    /** Handed over in person against a signature (HL 60 §): the date of delivery. */
    IN_PERSON(true);

    private final boolean verified;

    ServiceMethod(boolean verified) {
        this.verified = verified;
    }

    /** Whether the method proves the date of receipt (todisteellinen tiedoksianto). */
    public boolean isVerified() {
        return verified;
    }
}
