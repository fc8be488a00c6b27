package fi.valvonta.model.measure;

/** How a decision is served (tiedoksianto) and on which day the party is deemed to have received it. */
public enum ServiceMethod {

    // HL 59 §: ordinary letter, deemed received on the 7th day after sending unless shown otherwise
    ORDINARY_LETTER(7, "hallintolaki 59 §"),
    // laki sähköisestä asioinnista viranomaistoiminnassa 13/2003 19 §: deemed received on the 3rd day after sending
    ELECTRONIC(3, "laki 13/2003 19 §"),
    // HL 60 §: verified service, served on the date of receipt shown in the receipt
    VERIFIED_LETTER(0, "hallintolaki 60 §"),
    // HL 60 §: acknowledgement of receipt, served on the date acknowledged
    ACKNOWLEDGEMENT(0, "hallintolaki 60 §"),
    // handed over in person: served on the date of delivery (hallintolaki 10 luku)
    IN_PERSON(0, "hallintolaki 10 luku");

    private final int daysAfterSending;
    private final String legalBasis;

    ServiceMethod(int daysAfterSending, String legalBasis) {
        this.daysAfterSending = daysAfterSending;
        this.legalBasis = legalBasis;
    }

    /** Days from sending to deemed receipt; 0 where the date of actual receipt counts. */
    public int daysAfterSending() {
        return daysAfterSending;
    }

    /** Whether the input date is the sending date (presumed receipt) rather than the receipt date. */
    public boolean isPresumed() {
        return daysAfterSending > 0;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
