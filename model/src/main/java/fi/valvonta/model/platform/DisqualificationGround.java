package fi.valvonta.model.platform;

/**
 * The grounds of disqualification (esteellisyysperusteet) of hallintolaki 28 § 1 mom, one per point;
 * a close relation (läheinen) is defined in 28 § 2 mom and counts under the points that name it.
 */
public enum DisqualificationGround {
    /** 1 kohta: the official or a close relation is a party (asianosaisjäävi). */
    PARTY("HL 28 § 1 mom 1 kohta"),
    /** 2 kohta: the official or a close relation assists or represents a party (edustusjäävi). */
    REPRESENTATIVE("HL 28 § 1 mom 2 kohta"),
    /** 3 kohta: particular benefit or harm to the official or a close relation (intressijäävi). */
    INTEREST("HL 28 § 1 mom 3 kohta"),
    /** 4 kohta: employment or an assignment with a party (palvelussuhde- ja toimeksiantojäävi). */
    EMPLOYMENT_OR_ASSIGNMENT("HL 28 § 1 mom 4 kohta"),
    /** 5 kohta: a board or management position in a party organisation (yhteisöjäävi). */
    ORGANISATION_POSITION("HL 28 § 1 mom 5 kohta"),
    /** 6 kohta: steering and supervision of an agency the official is a board member of (ohjaus- ja valvontajäävi). */
    STEERING_AND_SUPERVISION("HL 28 § 1 mom 6 kohta"),
    /** 7 kohta: another particular reason endangers confidence in impartiality (yleislauseke). */
    OTHER_PARTICULAR_REASON("HL 28 § 1 mom 7 kohta");

    private final String legalBasis;

    DisqualificationGround(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
