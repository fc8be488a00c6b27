package fi.valvonta.model.measure;

/** What the appeal instructions (valitusosoitus / besvärsanvisning) attached to a decision say. */
public enum AppealKind {

    // HL 47 §: an appealable decision carries appeal instructions; laki oikeudenkäynnistä hallintoasioissa
    // 808/2019 13 §: appeal within 30 days of service, the day of service not counted
    APPEAL_TO_ADMINISTRATIVE_COURT_30_DAYS(30,
            "hallintolaki 47 §; laki oikeudenkäynnistä hallintoasioissa 808/2019 13 §"),
    // 808/2019 6 §: appeal lies against a decision by which a matter was resolved; guidance and a remark
    // given outside a complaint are not such decisions (HL 53 c § 3 mom covers complaint decisions only)
    NO_APPEAL(0, "laki oikeudenkäynnistä hallintoasioissa 808/2019 6 §");

    private final int appealPeriodDays;
    private final String legalBasis;

    AppealKind(int appealPeriodDays, String legalBasis) {
        this.appealPeriodDays = appealPeriodDays;
        this.legalBasis = legalBasis;
    }

    /** Days from service, the day of service not counted; 0 when no appeal lies. */
    public int appealPeriodDays() {
        return appealPeriodDays;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public boolean allowsAppeal() {
        return this != NO_APPEAL;
    }
}
