package fi.valvonta.model.measure;

/**
 * What a court decided on an appeal against a measure (808/2019). Whether the measure still stands
 * afterwards is {@link #measureStands()}; its finality then follows from the court's decision.
 */
public enum CourtOutcome {
    /** Valitus hylätty: the appeal is rejected and the measure stands. */
    UPHELD(true),
    /** Päätös kumottu: the measure is annulled. */
    ANNULLED(false),
    /** Päätöstä muutettu: the measure stands as amended. */
    AMENDED(true),
    /** Palautettu uudelleen käsiteltäväksi: the measure is set aside and the matter is handled again. */
    RETURNED(false),
    /** Valitus jätetty tutkimatta: the appeal is dismissed as inadmissible and the measure stands. */
    INADMISSIBLE(true);

    private final boolean measureStands;

    CourtOutcome(boolean measureStands) {
        this.measureStands = measureStands;
    }

    public boolean measureStands() {
        return measureStands;
    }
}
